import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claimFile,
  releaseFile
} from "./chunk-MN7YY3JT.js";
import "./chunk-ZTHBK5YG.js";
import {
  sessionsDir,
  shortSession
} from "./chunk-5ODV67V6.js";
import "./chunk-NGTVWZZT.js";
import "./chunk-6ZKVROHM.js";
import {
  parse
} from "./chunk-7FNDYRDP.js";
import "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import {
  BatonError,
  usageError
} from "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";

// src/cli/commands/claim.ts
import { resolve } from "node:path";
function who(io, flag) {
  let id = flag ?? io.env.BATON_SESSION_ID ?? io.env.CLAUDE_CODE_SESSION_ID;
  return id ? { session: id } : { session: `cli-${process.ppid}`, pid: process.ppid };
}
var describeHolder = (h) => `session ${shortSession(h.session)} (${h.project || "no project"}${h.branch ? `, branch ${h.branch}` : ""}, pid ${h.pid} on ${h.host})`;
async function claim(argv, io) {
  let usage = "baton claim PATH [--session ID] [--json]", { values, positionals } = parse(argv, { session: { type: "string" }, json: { type: "boolean" } }, usage, 1);
  if (!positionals[0]) throw usageError("claim needs the PATH of a shared file", `usage: ${usage}`);
  let me = who(io, values.session), result = await claimFile({ dir: sessionsDir(io.env), session: me.session, path: resolve(io.cwd, positionals[0]), now: io.now(), cwd: io.cwd, ...me.pid ? { pid: me.pid } : {}, env: io.env });
  if (values.json)
    return io.stdout(`${JSON.stringify(result.granted ? { granted: !0, path: result.path, session: me.session } : { granted: !1, path: result.path, session: me.session, holder: result.holder }, null, 2)}
`), result.granted ? 0 : 1;
  if (!result.granted)
    throw new BatonError("ECLAIMED", `${result.path} is claimed by ${describeHolder(result.holder)}`, {
      file: result.path,
      hint: `add your line with \`baton index add '${result.path}' --entry TEXT\` (a locked upsert), or use your branch's memory namespace (\`baton memory ns\`); the claim ends when that session ends, or run \`baton release '${result.path}' --force\``
    });
  return io.stdout(`claimed ${result.path} for session ${shortSession(me.session)}
`), 0;
}
async function release(argv, io) {
  let usage = "baton release PATH [--session ID] [--force] [--json]", { values, positionals } = parse(argv, { session: { type: "string" }, force: { type: "boolean" }, json: { type: "boolean" } }, usage, 1);
  if (!positionals[0]) throw usageError("release needs the PATH of a claimed file", `usage: ${usage}`);
  let me = who(io, values.session), r = await releaseFile({ dir: sessionsDir(io.env), session: me.session, path: resolve(io.cwd, positionals[0]), now: io.now(), force: values.force ?? !1, env: io.env });
  if (values.json)
    return io.stdout(`${JSON.stringify({ path: r.path, released: r.released, heldBy: r.heldBy.map((h) => h.session) }, null, 2)}
`), 0;
  if (r.released.length === 0 && r.heldBy.length > 0)
    throw new BatonError("ECLAIMED", `${r.path} is claimed by ${describeHolder(r.heldBy[0])}, not by this session (${shortSession(me.session)})`, {
      file: r.path,
      hint: `to take the claim away from that session, run: baton release '${r.path}' --force`
    });
  return io.stdout(r.released.length ? `released ${r.path} (${r.released.map(shortSession).join(", ")})
` : `${r.path} was not claimed
`), 0;
}
var claimCommand = (argv, io) => claim(argv, io), releaseCommand = (argv, io) => release(argv, io);
export {
  claimCommand,
  releaseCommand
};
