import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  pruneRegistry,
  scanRegistry,
  sessionsDir,
  shortSession
} from "./chunk-H4DZHMOS.js";
import {
  checkMemoryFile
} from "./chunk-ZXZE4QSK.js";
import {
  MEMORY_FILE,
  encodeProjectPath
} from "./chunk-IRQ52UWE.js";
import "./chunk-VSM7S43G.js";
import {
  loadConfig
} from "./chunk-M4THCNYT.js";
import "./chunk-PNZXFP77.js";
import {
  handoffProject
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  handoffText,
  listHandoffs
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import {
  claudeHome,
  handoffDir
} from "./chunk-2KJWADXC.js";
import {
  readerOf
} from "./chunk-K7KUWVWP.js";
import {
  addressedTo,
  senderOf
} from "./chunk-KJXNLXNX.js";
import "./chunk-7S46E5XO.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/status.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);

// src/core/status.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function buildStatus(facts) {
  let now = facts.now.getTime(), sessions = facts.sessions.map(({ entry: e, lastSeenMs }) => ({
    session: e.session,
    pid: e.pid,
    host: e.host,
    project: e.project,
    worktree: e.worktree,
    branch: e.branch,
    started: e.started,
    lastSeen: new Date(lastSeenMs).toISOString(),
    ageMs: Math.max(0, now - Date.parse(e.started)),
    idleMs: Math.max(0, now - lastSeenMs),
    claims: e.claims
  })), projects = /* @__PURE__ */ new Map(), project = (p) => {
    let row = projects.get(p);
    return row || projects.set(p, row = { project: p, pending: 0, oldest: null, oldestAgeMs: null, consumed24h: 0 }), row;
  }, recent = [];
  for (let h of facts.handoffs)
    if (!(!h.consumed && h.forMe === !1))
      if (h.consumed)
        h.consumedAt && now - Date.parse(h.consumedAt) <= 864e5 && (project(h.project).consumed24h++, recent.push({ name: h.name, project: h.project, at: h.consumedAt, by: h.consumedBy ?? "" }));
      else {
        let row = project(h.project);
        row.pending++, (row.oldest === null || h.created < row.oldest) && (row.oldest = h.created, row.oldestAgeMs = Math.max(0, now - Date.parse(h.created)));
      }
  let known = /* @__PURE__ */ new Map();
  for (let p of [...sessions.map((s) => s.project), ...projects.keys()]) p && known.set(facts.encode(p), p);
  return {
    baton: 1,
    now: facts.now.toISOString(),
    sessions,
    pruned: facts.pruned,
    handoffs: {
      dir: facts.handoffDir,
      projects: [...projects.values()].sort((a, b) => byText(a.project, b.project)),
      consumed24h: recent.sort((a, b) => byText(a.at, b.at))
    },
    memory: facts.memory.map((m) => ({ project: known.get(m.folder) ?? null, ...m })).sort((a, b) => byText(a.folder, b.folder)),
    ...facts.people ? { people: peopleOf(facts, facts.people) } : {}
  };
}
function peopleOf(facts, { me, sent }) {
  let now = facts.now.getTime(), age = (iso) => {
    let t = Date.parse(iso ?? "");
    return Number.isNaN(t) ? null : Math.max(0, now - t);
  }, forMe = facts.handoffs.filter((h) => !h.consumed && h.forMe !== !1 && h.from !== void 0 && h.from !== me).map((h) => ({ name: h.name, from: h.from, project: h.project, created: h.created, ageMs: age(h.created) })), atOthers = sent.filter((s) => s.state !== "delivered" && s.to !== me).map((s) => ({
    name: s.note,
    to: s.to,
    project: s.project ?? "",
    unpushed: s.state === "unpushed",
    ageMs: age(s.created)
  }));
  return { me, forMe, atOthers };
}
function formatAge(ms) {
  let s = Math.floor(ms / 1e3);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m` : s < 172800 ? `${Math.floor(s / 3600)}h${s < 36e3 && s % 3600 >= 60 ? `${Math.floor(s % 3600 / 60)}m` : ""}` : `${Math.floor(s / 86400)}d`;
}

// src/io/status.ts
async function handoffFacts(dir, now, onSkip, reader) {
  let { pending, consumed } = listHandoffs(dir), facts = [];
  for (let e of [...pending, ...consumed]) {
    if (e.consumed)
      try {
        if (now.getTime() - (0, import_node_fs.statSync)(e.path).mtimeMs > 8646e4) continue;
      } catch {
        continue;
      }
    let raw = handoffText(e.path, onSkip);
    if (raw === void 0) continue;
    let { meta } = await parseDoc(raw), from = senderOf(meta);
    facts.push({
      ...from ? { from } : {},
      ...e.consumed ? {} : { forMe: addressedTo(meta, reader) },
      name: e.name,
      // By repository, as sessions and auto memory are: a worktree's notes count under its main checkout.
      project: typeof meta.repo == "string" && meta.repo || (handoffProject(meta) ?? ""),
      created: typeof meta.created == "string" ? meta.created : "",
      consumed: e.consumed,
      ...meta.consumed?.at ? { consumedAt: String(meta.consumed.at) } : {},
      ...meta.consumed?.by !== void 0 ? { consumedBy: String(meta.consumed.by) } : {}
    });
  }
  return facts;
}
async function memoryFacts(home) {
  let root = (0, import_node_path.join)(home, "projects"), folders;
  try {
    folders = (0, import_node_fs.readdirSync)(root);
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return [];
    throw error;
  }
  let checks = await Promise.all(folders.map((f) => checkMemoryFile((0, import_node_path.join)(root, f, "memory", MEMORY_FILE))));
  return folders.flatMap((folder, i) => {
    let { exists, check, file } = checks[i];
    return !exists || !check ? [] : [
      {
        folder,
        file,
        lines: check.lines,
        chars: check.chars,
        maxLines: check.maxLines,
        maxChars: check.maxChars,
        fits: check.fits
      }
    ];
  });
}
async function people(options, me) {
  let { sentNotes } = await import("./receipts-NVQTTEND.js");
  try {
    return { me, sent: (await sentNotes(options.handoffs, options.home, me, 5e3, { fetch: !1 })).notes };
  } catch (error) {
    return options.onSkip?.(`could not read your notes on the remote: ${error.message}`), { me, sent: [] };
  }
}
async function gatherStatus(options) {
  let scan = scanRegistry(options.sessions, options.now);
  (options.prune ?? !0) && pruneRegistry(scan);
  let reader = readerOf(options.handoffs, { me: options.me ?? "" });
  return buildStatus({
    now: options.now,
    sessions: scan.records.filter((e) => e.stale === void 0).map((e) => ({ entry: e.entry, lastSeenMs: e.lastSeenMs })),
    pruned: scan.records.filter((e) => e.stale !== void 0).map((e) => ({ session: e.entry.session, reason: e.stale })),
    handoffDir: options.handoffs,
    handoffs: await handoffFacts(options.handoffs, options.now, options.onSkip ?? (() => {
    }), reader),
    ...reader.synced && reader.me ? { people: await people(options, reader.me) } : {},
    memory: await memoryFacts(options.home),
    encode: encodeProjectPath
  });
}

// src/core/status-render.ts
var CODES = {
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
  cyan: [36, 39]
};
function table(rows, paint) {
  let text = (c) => typeof c == "string" ? c : c.text, widths = [];
  for (let row of rows) row.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, text(c).length));
  return rows.map((row) => `  ${row.map(
    (c, i) => i === row.length - 1 ? paint(c) : paint(c) + " ".repeat(widths[i] - text(c).length)
  ).join("  ")}`.trimEnd());
}
var headings = (...titles) => titles.map((t) => ({ text: t, style: "dim" }));
function renderStatus(report, options = {}) {
  let color = options.color ?? !1, paint = (c) => {
    if (typeof c == "string") return c;
    if (!color) return c.text;
    let [on, off] = CODES[c.style];
    return `\x1B[${on}m${c.text}\x1B[${off}m`;
  }, home = options.home, pen = {
    paint,
    head: (s) => paint({ text: s, style: "bold" }),
    tilde: (p) => home && (p === home || p.startsWith(`${home}/`)) ? `~${p.slice(home.length)}` : p || "(none)"
  };
  return `${[
    ...sessionsPart(report, pen),
    "",
    ...handoffsPart(report, pen),
    ...report.people ? ["", ...peoplePart(report.people, pen)] : [],
    "",
    ...memoryPart(report, pen)
  ].join(`
`)}
`;
}
function sessionsPart(report, { paint, head, tilde }) {
  let n = report.sessions.length, out = [head(`Sessions: ${n} live${report.pruned.length ? `, ${report.pruned.length} stale removed` : ""}`)];
  if (n === 0) out.push("  (none registered; sessions register at SessionStart)");
  else {
    let rows = [headings("SESSION", "PROJECT", "BRANCH", "AGE", "ACTIVE", "CLAIMS")];
    for (let s of report.sessions) {
      let idle = s.idleMs < 6e4 ? "now" : `${formatAge(s.idleMs)} ago`, claims = s.claims.map((c) => c.path.slice(c.path.lastIndexOf("/") + 1)).join(", "), where = s.worktree && s.worktree !== s.project ? `${tilde(s.worktree)} (worktree)` : tilde(s.project);
      rows.push([
        { text: shortSession(s.session), style: "cyan" },
        where,
        s.branch || "-",
        formatAge(s.ageMs),
        s.idleMs > 10 * 6e4 ? { text: idle, style: "yellow" } : idle,
        claims || "-"
      ]);
    }
    out.push(...table(rows, paint));
  }
  for (let p of report.pruned)
    out.push(paint({ text: `  removed ${shortSession(p.session)}: ${p.reason}`, style: "dim" }));
  return out;
}
function handoffsPart(report, { paint, head, tilde }) {
  let out = [head(`Handoffs in ${tilde(report.handoffs.dir)}`)], projects = report.handoffs.projects;
  if (projects.length === 0) return [...out, "  (none pending, none consumed in the last 24h)"];
  let rows = [headings("PROJECT", "PENDING", "OLDEST", "DONE 24H")];
  for (let p of projects) {
    let oldest = p.oldestAgeMs === null ? "-" : formatAge(p.oldestAgeMs);
    rows.push([
      tilde(p.project),
      p.pending ? { text: String(p.pending), style: "yellow" } : "0",
      p.oldestAgeMs !== null && p.oldestAgeMs > 864e5 ? { text: oldest, style: "red" } : oldest,
      String(p.consumed24h)
    ]);
  }
  return [...out, ...table(rows, paint)];
}
function peoplePart(people2, { paint, head, tilde }) {
  let age = (ms) => ms === null ? "-" : formatAge(ms), out = [head(`Notes between people (you are ${people2.me})`)];
  if (people2.forMe.length === 0) out.push("  for you from others: none waiting");
  else {
    out.push("  for you from others:");
    let rows = [headings("FROM", "PROJECT", "AGE", "NOTE")];
    for (let n of people2.forMe) rows.push([{ text: n.from, style: "cyan" }, tilde(n.project), age(n.ageMs), n.name]);
    out.push(...table(rows, paint).map((l) => `  ${l}`));
  }
  if (people2.atOthers.length === 0) out.push("  yours waiting at others: none");
  else {
    out.push("  yours waiting at others:");
    let rows = [headings("TO", "PROJECT", "AGE", "NOTE")];
    for (let n of people2.atOthers)
      rows.push([
        { text: n.to, style: "cyan" },
        tilde(n.project),
        age(n.ageMs),
        n.unpushed ? `${n.name} (not pushed yet)` : n.name
      ]);
    out.push(...table(rows, paint).map((l) => `  ${l}`));
  }
  return out;
}
function memoryPart(report, { paint, head, tilde }) {
  let out = [head("Memory: MEMORY.md per project")];
  if (report.memory.length === 0) return [...out, "  (no project has a MEMORY.md)"];
  let rows = [headings("PROJECT", "LINES", "CHARS", "")], n = (x) => x.toLocaleString("en-US");
  for (let m of report.memory) {
    let state = m.fits ? { text: "ok", style: "green" } : { text: "OVER: Claude Code cuts it; run baton memory split", style: "red" };
    rows.push([
      m.project ? tilde(m.project) : m.folder,
      `${n(m.lines)}/${n(m.maxLines)}`,
      `${n(m.chars)}/${n(m.maxChars)}`,
      state
    ]);
  }
  return [...out, ...table(rows, paint)];
}

// src/cli/commands/status.ts
function useColor(io) {
  return io.env.NO_COLOR ? !1 : io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0" ? !0 : io.stdoutIsTTY && io.env.TERM !== "dumb";
}
function settingMe(io) {
  try {
    return loadConfig(io.env).me;
  } catch {
    return "";
  }
}
async function statusCommand({ values }, io) {
  let home = claudeHome(io.env), report = await gatherStatus({
    home,
    sessions: sessionsDir(io.env),
    handoffs: handoffDir(io.env, values.dir),
    now: io.now(),
    onSkip: (w) => io.stderr(`${w}
`),
    me: settingMe(io)
  });
  return values.json ? io.stdout(`${JSON.stringify(report, null, 2)}
`) : io.stdout(renderStatus(report, { color: useColor(io), ...io.env.HOME ? { home: io.env.HOME } : {} })), 0;
}
export {
  statusCommand
};
