import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  pruneRegistry,
  scanRegistry,
  sessionsDir,
  shortSession
} from "./chunk-C6EH6FP4.js";
import {
  checkMemoryFile
} from "./chunk-2M5AIKDO.js";
import {
  MEMORY_FILE,
  encodeProjectPath
} from "./chunk-WZNBII43.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-FQBGWS4V.js";
import {
  parseDoc
} from "./chunk-DDDTK6WT.js";
import "./chunk-U6G6LV7I.js";
import {
  claudeHome,
  handoffDir
} from "./chunk-QOINWZ7J.js";
import {
  listEntries,
  readRaw,
  skippedWarning
} from "./chunk-WMLGDQSG.js";
import "./chunk-AAQRAKLG.js";
import "./chunk-EDTFKMT2.js";
import "./chunk-QFQ7JQA3.js";
import {
  require_fs
} from "./chunk-A7WFTUUA.js";
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
    memory: facts.memory.map((m) => ({ project: known.get(m.folder) ?? null, ...m })).sort((a, b) => byText(a.folder, b.folder))
  };
}
function formatAge(ms) {
  let s = Math.floor(ms / 1e3);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m` : s < 172800 ? `${Math.floor(s / 3600)}h${s < 36e3 && s % 3600 >= 60 ? `${Math.floor(s % 3600 / 60)}m` : ""}` : `${Math.floor(s / 86400)}d`;
}

// src/io/status.ts
async function handoffFacts(dir, now, onSkip) {
  let { pending, consumed } = listEntries(dir), facts = [];
  for (let e of [...pending, ...consumed]) {
    if (e.consumed)
      try {
        if (now.getTime() - (0, import_node_fs.statSync)(e.path).mtimeMs > 8646e4) continue;
      } catch {
        continue;
      }
    let raw;
    try {
      raw = readRaw(e.path);
    } catch (error) {
      onSkip(skippedWarning(error, e.path));
      continue;
    }
    if (raw === void 0) continue;
    let { meta } = await parseDoc(raw);
    facts.push({
      name: e.name,
      project: typeof meta.project == "string" ? meta.project : "",
      created: typeof meta.created == "string" ? meta.created : "",
      consumed: e.consumed,
      ...meta.consumed?.at ? { consumedAt: String(meta.consumed.at) } : {},
      ...meta.consumed?.by !== void 0 ? { consumedBy: String(meta.consumed.by) } : {}
    });
  }
  return facts;
}
function memoryFacts(home) {
  let root = (0, import_node_path.join)(home, "projects"), folders;
  try {
    folders = (0, import_node_fs.readdirSync)(root);
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return [];
    throw error;
  }
  return folders.flatMap((folder) => {
    let { exists, check, file } = checkMemoryFile((0, import_node_path.join)(root, folder, "memory", MEMORY_FILE));
    return !exists || !check ? [] : [{ folder, file, lines: check.lines, chars: check.chars, maxLines: check.maxLines, maxChars: check.maxChars, fits: check.fits }];
  });
}
async function gatherStatus(options) {
  let scan = scanRegistry(options.sessions, options.now);
  return (options.prune ?? !0) && pruneRegistry(scan), buildStatus({
    now: options.now,
    sessions: scan.entries.filter((e) => e.stale === void 0).map((e) => ({ entry: e.entry, lastSeenMs: e.lastSeenMs })),
    pruned: scan.entries.filter((e) => e.stale !== void 0).map((e) => ({ session: e.entry.session, reason: e.stale })),
    handoffDir: options.handoffs,
    handoffs: await handoffFacts(options.handoffs, options.now, options.onSkip ?? (() => {
    })),
    memory: memoryFacts(options.home),
    encode: encodeProjectPath
  });
}

// src/core/status-render.ts
var CODES = { bold: [1, 22], dim: [2, 22], green: [32, 39], yellow: [33, 39], red: [31, 39], cyan: [36, 39] };
function table(rows, paint) {
  let text = (c) => typeof c == "string" ? c : c.text, widths = [];
  for (let row of rows) row.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, text(c).length));
  return rows.map((row) => `  ${row.map((c, i) => i === row.length - 1 ? paint(c) : paint(c) + " ".repeat(widths[i] - text(c).length)).join("  ")}`.trimEnd());
}
function renderStatus(report, options = {}) {
  let color = options.color ?? !1, paint = (c) => {
    if (typeof c == "string") return c;
    if (!color) return c.text;
    let [on, off] = CODES[c.style];
    return `\x1B[${on}m${c.text}\x1B[${off}m`;
  }, head = (s) => paint({ text: s, style: "bold" }), tilde = (p) => options.home && (p === options.home || p.startsWith(`${options.home}/`)) ? `~${p.slice(options.home.length)}` : p || "(none)", out = [], n = report.sessions.length;
  if (out.push(head(`Sessions: ${n} live${report.pruned.length ? `, ${report.pruned.length} stale removed` : ""}`)), n === 0) out.push("  (none registered; sessions register at SessionStart)");
  else {
    let rows = [["SESSION", "PROJECT", "BRANCH", "AGE", "ACTIVE", "CLAIMS"].map((t) => ({ text: t, style: "dim" }))];
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
  for (let p of report.pruned) out.push(paint({ text: `  removed ${shortSession(p.session)}: ${p.reason}`, style: "dim" }));
  out.push("", head(`Handoffs in ${tilde(report.handoffs.dir)}`));
  let projects = report.handoffs.projects;
  if (projects.length === 0) out.push("  (none pending, none consumed in the last 24h)");
  else {
    let rows = [["PROJECT", "PENDING", "OLDEST", "DONE 24H"].map((t) => ({ text: t, style: "dim" }))];
    for (let p of projects) {
      let oldest = p.oldestAgeMs === null ? "-" : formatAge(p.oldestAgeMs);
      rows.push([
        tilde(p.project),
        p.pending ? { text: String(p.pending), style: "yellow" } : "0",
        p.oldestAgeMs !== null && p.oldestAgeMs > 864e5 ? { text: oldest, style: "red" } : oldest,
        String(p.consumed24h)
      ]);
    }
    out.push(...table(rows, paint));
  }
  if (out.push("", head("Memory: MEMORY.md per project")), report.memory.length === 0) out.push("  (no project has a MEMORY.md)");
  else {
    let rows = [["PROJECT", "LINES", "CHARS", ""].map((t) => ({ text: t, style: "dim" }))];
    for (let m of report.memory) {
      let state = m.fits ? { text: "ok", style: "green" } : { text: "OVER: Claude Code cuts it; run baton memory split", style: "red" }, n2 = (x) => x.toLocaleString("en-US");
      rows.push([m.project ? tilde(m.project) : m.folder, `${n2(m.lines)}/${n2(m.maxLines)}`, `${n2(m.chars)}/${n2(m.maxChars)}`, state]);
    }
    out.push(...table(rows, paint));
  }
  return `${out.join(`
`)}
`;
}

// src/cli/commands/status.ts
function useColor(io) {
  return io.env.NO_COLOR ? !1 : io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0" ? !0 : io.stdoutIsTTY && io.env.TERM !== "dumb";
}
async function statusCommand({ values }, io) {
  let home = claudeHome(io.env), report = await gatherStatus({ home, sessions: sessionsDir(io.env), handoffs: handoffDir(io.env, values.dir), now: io.now(), onSkip: (w) => io.stderr(`${w}
`) });
  return values.json ? io.stdout(`${JSON.stringify(report, null, 2)}
`) : io.stdout(renderStatus(report, { color: useColor(io), ...io.env.HOME ? { home: io.env.HOME } : {} })), 0;
}
export {
  statusCommand
};
