import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claimHolder,
  readRecord,
  scanRegistry,
  sessionsDir,
  shortSession,
  touchRecord,
  withClaim,
  withoutClaim,
  writeRecord
} from "./chunk-H4DZHMOS.js";
import "./chunk-E3V6Y3VB.js";
import {
  canonicalFile
} from "./chunk-FM4EAE7O.js";
import "./chunk-2KJWADXC.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-BEEX73Q6.js";
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

// src/cli/commands/claim.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/io/session/file-claims.ts
var import_node_path = __toESM(require_path(), 1);
var sleep = (ms) => new Promise((r) => setTimeout(r, ms)), liveOthers = (dir, now) => scanRegistry(dir, now).records.filter((e) => e.stale === void 0).map((e) => e.entry);
async function claimFile(options) {
  let { dir, session, now } = options, path = canonicalFile((0, import_node_path.resolve)(options.path)), own = readRecord(dir, session);
  if (own?.claims.some((c) => c.path === path))
    return touchRecord(dir, session, now), { granted: !0, path, entry: own };
  for (let attempt = 1; ; attempt++) {
    let before = claimHolder(liveOthers(dir, now), session, path);
    if (before) return { granted: !1, path, holder: before };
    if (!own) {
      let { registerSession } = await import("./register-KNEPI53U.js");
      own = registerSession({ dir, session, cwd: options.cwd, now, ...options.pid ? { pid: options.pid } : {} });
    }
    let mine = withClaim(readRecord(dir, session) ?? own, path, now);
    writeRecord(dir, mine);
    let rival = claimHolder(liveOthers(dir, now), session, path);
    if (!rival) return { granted: !0, path, entry: mine };
    if (writeRecord(dir, withoutClaim(readRecord(dir, session) ?? mine, path)), attempt >= (options.attempts ?? 3)) return { granted: !1, path, holder: rival };
    await sleep(2 + Math.random() * 20);
  }
}
function releaseFile(options) {
  let path = canonicalFile((0, import_node_path.resolve)(options.path)), released = [], heldBy = [];
  for (let { entry, stale } of scanRegistry(options.dir, options.now).records)
    entry.claims.some((c) => c.path === path) && (entry.session === options.session || options.force ? (writeRecord(options.dir, withoutClaim(entry, path)), released.push(entry.session)) : stale === void 0 && heldBy.push(entry));
  return { path, released, heldBy };
}

// src/cli/commands/claim.ts
function who(io, flag) {
  let id = flag ?? io.env.BATON_SESSION_ID ?? io.env.CLAUDE_CODE_SESSION_ID;
  return id ? { session: id } : { session: `cli-${process.ppid}`, pid: process.ppid };
}
var describeHolder = (h) => `session ${shortSession(h.session)} (${h.project || "no project"}${h.branch ? `, branch ${h.branch}` : ""}, pid ${h.pid} on ${h.host})`;
async function claimCommand({ values, positionals, usage }, io) {
  if (!positionals[0]) throw usageError("claim needs the PATH of a shared file", `usage: ${usage}`);
  let me = who(io, values.session), result = await claimFile({
    dir: sessionsDir(io.env),
    session: me.session,
    path: (0, import_node_path2.resolve)(io.cwd, positionals[0]),
    now: io.now(),
    cwd: io.cwd,
    ...me.pid ? { pid: me.pid } : {}
  });
  if (values.json)
    return io.stdout(
      `${JSON.stringify(
        result.granted ? { granted: !0, path: result.path, session: me.session } : { granted: !1, path: result.path, session: me.session, holder: result.holder ?? null },
        null,
        2
      )}
`
    ), result.granted ? 0 : 1;
  if (!result.granted) {
    let by = result.holder ? describeHolder(result.holder) : "another session claiming it at the same moment";
    throw new BatonError("ECLAIMED", `${result.path} is claimed by ${by}`, {
      file: result.path,
      hint: `add your line with \`baton index add '${result.path}' --entry TEXT\` (a locked upsert), or use your branch's memory namespace (\`baton memory ns\`); the claim ends when that session ends, or run \`baton release '${result.path}' --force\``
    });
  }
  return io.stdout(`claimed ${result.path} for session ${shortSession(me.session)}
`), 0;
}
async function releaseCommand({ values, positionals, usage }, io) {
  if (!positionals[0]) throw usageError("release needs the PATH of a claimed file", `usage: ${usage}`);
  let me = who(io, values.session), r = releaseFile({
    dir: sessionsDir(io.env),
    session: me.session,
    path: (0, import_node_path2.resolve)(io.cwd, positionals[0]),
    now: io.now(),
    force: values.force ?? !1
  });
  if (values.json)
    return io.stdout(
      `${JSON.stringify({ path: r.path, released: r.released, heldBy: r.heldBy.map((h) => h.session) }, null, 2)}
`
    ), 0;
  if (r.released.length === 0 && r.heldBy.length > 0)
    throw new BatonError(
      "ECLAIMED",
      `${r.path} is claimed by ${describeHolder(r.heldBy[0])}, not by this session (${shortSession(me.session)})`,
      {
        file: r.path,
        hint: `to take the claim away from that session, run: baton release '${r.path}' --force`
      }
    );
  return io.stdout(
    r.released.length ? `released ${r.path} (${r.released.map(shortSession).join(", ")})
` : `${r.path} was not claimed
`
  ), 0;
}
export {
  claimCommand,
  releaseCommand
};
