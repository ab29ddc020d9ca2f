import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  intFlag
} from "./chunk-SPQTLREL.js";
import {
  readHandoff
} from "./chunk-RFTJQWE3.js";
import {
  loadConfig
} from "./chunk-M4THCNYT.js";
import {
  checkoutOf,
  gitState
} from "./chunk-PNZXFP77.js";
import {
  routeOf
} from "./chunk-5ODD5IWO.js";
import {
  listHandoffs,
  skippedWarning
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import "./chunk-7OVCZP5F.js";
import {
  claudeHome,
  handoffDir
} from "./chunk-2KJWADXC.js";
import {
  readerOf
} from "./chunk-K7KUWVWP.js";
import "./chunk-KJXNLXNX.js";
import "./chunk-7S46E5XO.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import {
  doneName
} from "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  usageError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/handoff.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var json = (io, value) => io.stdout(`${JSON.stringify(value, null, 2)}
`), sessionOf = (io, flag) => flag ?? io.env.BATON_SESSION_ID ?? io.env.CLAUDE_CODE_SESSION_ID ?? "";
async function write({ values, usage }, io) {
  let text;
  if (values.file !== void 0) {
    let file = (0, import_node_path.resolve)(io.cwd, values.file);
    try {
      text = (0, import_node_fs.readFileSync)(file);
    } catch (error) {
      throw fileError(error, "read", file);
    }
  } else {
    if (io.stdinIsTTY)
      throw usageError(
        "no handoff body: stdin is a terminal and no --file was given",
        `pipe the markdown in: cat notes.md | ${usage}`
      );
    text = io.readStdinBytes ? await io.readStdinBytes() : Buffer.from(await io.readStdin());
  }
  let { writeHandoff } = await import("./write-ZRK7H4JL.js"), config = loadConfig(io.env), result = await writeHandoff({
    dir: handoffDir(io.env, values.dir),
    text,
    cwd: io.cwd,
    now: io.now(),
    slug: values.slug,
    session: sessionOf(io, values.session),
    home: claudeHome(io.env),
    auto: values.auto ?? !1,
    redact: config.redact,
    to: values.to,
    identity: config
  });
  if (Object.values(result.redacted).reduce((a, b) => a + b, 0) > 0) {
    let { describeCounts } = await import("./redact-5ZUTO2BY.js");
    io.stderr(`baton: redacted ${describeCounts(result.redacted)} before saving
`);
  }
  if (values.json) json(io, result);
  else {
    io.stdout(`${result.path}
`);
    for (let w of result.warnings) io.stderr(`baton: warning: ${w} (saved anyway)
`);
    for (let r of result.replaced) io.stderr(`baton: replaced this session's autosave ${r}
`);
  }
  return 0;
}
async function resume({ values }, io) {
  let config = loadConfig(io.env), { resumeHandoffs } = await import("./resume-NM76CN6X.js"), result = await resumeHandoffs({
    dir: handoffDir(io.env, values.dir),
    home: claudeHome(io.env),
    cwd: io.cwd,
    now: io.now(),
    all: values.all ?? config.scope === "all",
    session: sessionOf(io, values.session),
    // Below about 1000 the frame alone fills the budget: nothing would ever be claimed.
    maxChars: Math.max(intFlag(values["max-chars"], "max-chars", config.maxChars, 1e3), 1e3),
    peek: values.peek ?? !1,
    received: values.received ?? !1,
    worktree: values.worktree,
    // At a prompt, a synced claim may take longer than in a hook (design.md §14).
    syncTimeoutMs: Math.max(config.syncTimeoutMs, 1e4),
    reader: readerOf(handoffDir(io.env, values.dir), config)
  });
  for (let w of result.warnings) io.stderr(`${w}
`);
  let parts = values.json ? [
    {
      items: [...result.shown, ...result.omitted],
      text: `${JSON.stringify(
        {
          project: result.project,
          count: result.shown.length,
          pendingElsewhere: result.pendingElsewhere,
          stillPending: result.stillPending,
          imported: result.imported ?? null,
          peek: values.peek === !0,
          alreadyReceived: [...result.shown, ...result.omitted].filter((h) => h.received).length,
          // Every key always present (null when unknown), so scripts can rely on the shape.
          // A note that did not fit whole: its gist (`gist: true`), as in the text output.
          handoffs: result.shown.map((h) => ({
            file: h.file,
            project: h.project ?? null,
            receivedAt: h.received ?? null,
            created: h.created ?? null,
            branch: h.branch ?? null,
            commit: h.commit ?? null,
            session: h.session ?? null,
            auto: h.auto === !0,
            commitsSince: h.commitsSince ?? null,
            readOnly: h.readOnly === !0,
            warning: h.warning ?? null,
            gist: result.gists.has(h),
            body: result.gists.get(h) ?? h.body
          })),
          omitted: result.omitted.map((i) => i.file),
          waiting: result.waiting.notes
        },
        null,
        2
      )}
`
    }
  ] : [...result.parts, ...result.waiting.text ? [{ text: result.waiting.text, items: [] }] : []], deliver = io.deliver ?? (async (text) => (io.stdout(text), await io.flush(), !0)), { deliverResume } = await import("./deliver-7R5MFYIN.js"), { total, sent, back, now } = await deliverResume(result, parts, deliver);
  return back > 0 ? (io.stderr(
    `baton: output closed after ${sent} of ${total} notes; ${now} put back as pending` + (now < back ? `, ${back - now} left held until the next resume or \`baton handoff clean\`` : "") + `
`
  ), 1) : (io.stdoutIsTTY && sent > 0 && io.stderr(claimedLine(sent, handoffDir(io.env, values.dir))), 0);
}
function claimedLine(n, dir) {
  let [notes, them] = n === 1 ? ["handoff", "it"] : ["handoffs", "them"];
  return `baton: claimed ${n} ${notes}: renamed to *_done.md, so no other session will get ${them}. To see ${them} again: \`baton handoff list --consumed\`, then \`baton handoff show NAME\` (in ${dir}).
`;
}
function list({ values }, io) {
  let dir = handoffDir(io.env, values.dir), { pending, consumed } = listHandoffs(dir), here = values.all ? void 0 : checkoutOf(gitState(io.cwd)), rows = [...pending, ...values.consumed ? consumed : []].flatMap((entry) => {
    let doc;
    try {
      doc = readHandoff(entry.path);
    } catch (error) {
      return io.stderr(`${skippedWarning(error, entry.path)}
`), [];
    }
    if (!doc) return [];
    let m = doc.meta;
    return here && routeOf(m, here) === "elsewhere" ? [] : [
      {
        name: entry.name,
        path: entry.path,
        status: entry.consumed ? "consumed" : "pending",
        created: m.created ?? null,
        project: m.project ?? null,
        branch: m.branch ?? null,
        session: m.session ?? null,
        auto: m.auto === !0,
        consumedAt: m.consumed?.at ?? null
      }
    ];
  });
  if (values.json) json(io, { dir, handoffs: rows });
  else if (rows.length === 0) io.stdout(`No handoffs in ${dir}${values.all ? "" : " for this project (try --all)"}.
`);
  else
    for (let r of rows)
      io.stdout(
        `${r.status.padEnd(8)}  ${r.name}${r.auto ? "  (autosave)" : ""}${r.project && r.project !== here?.root ? `  ${r.project}` : ""}
`
      );
  return 0;
}
function show({ values, positionals, usage }, io) {
  let arg = positionals[0];
  if (!arg) throw usageError("show needs a handoff NAME or PATH", `usage: ${usage}`);
  let dir = handoffDir(io.env, values.dir), candidates = arg.includes("/") ? [(0, import_node_path.isAbsolute)(arg) ? arg : (0, import_node_path.resolve)(io.cwd, arg)] : [arg, `${arg}.md`, doneName(`${arg.replace(/\.md$/, "")}.md`)].map((n) => (0, import_node_path.join)(dir, (0, import_node_path.basename)(n)));
  for (let path of candidates) {
    let doc = readHandoff(path);
    if (doc)
      return io.stdout(doc.raw), 0;
  }
  throw new BatonError("ENOENT", `no handoff named "${arg}"`, {
    file: candidates[0],
    hint: `list them with: baton handoff list --all --consumed --dir '${dir}'`
  });
}
async function clean({ values }, io) {
  let config = loadConfig(io.env), { cleanHandoffs } = await import("./clean-LPDY5HMT.js"), dryRun = values["dry-run"] ?? !1, result = await cleanHandoffs(handoffDir(io.env, values.dir), io.now(), {
    days: intFlag(values.days, "days", config.keepDays),
    dryRun,
    home: claudeHome(io.env)
  });
  if (values.json) json(io, { dryRun, ...result });
  else {
    let verb = dryRun ? "would delete" : "deleted";
    io.stdout(
      `${verb} ${result.deleted.length} consumed handoff(s); kept ${result.kept}; swept ${result.sweptTemp.length} temp file(s); restored ${result.restored.length} interrupted claim(s). Pending handoffs are never deleted.
`
    );
    for (let p of result.deleted) io.stdout(`  ${verb} ${p}
`);
    for (let p of result.imported)
      io.stdout(`  finished the interrupted import of the legacy context-handoff.md as ${p}
`);
  }
  for (let w of result.warnings) io.stderr(`${w}
`);
  return 0;
}
export {
  clean,
  list,
  resume,
  show,
  write
};
