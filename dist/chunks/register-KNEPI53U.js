import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readRecord,
  removeRecord,
  scanRegistry,
  writeRecord
} from "./chunk-H4DZHMOS.js";
import {
  gitState,
  projectRoot
} from "./chunk-PNZXFP77.js";
import {
  procStart,
  selfHolder,
  sessionPid
} from "./chunk-E3V6Y3VB.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import {
  require_os
} from "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/session/register.ts
var import_node_os = __toESM(require_os(), 1);
function registerSession(options) {
  let { dir, session, cwd, now } = options, pid = options.pid ?? sessionPid(), host = (0, import_node_os.hostname)(), git = gitState(cwd), previous = readRecord(dir, session), entry = {
    // The session's process runs in this hook's pid namespace and boot.
    baton: 1,
    session,
    pid,
    pidStart: procStart(pid),
    pidNs: selfHolder().ns,
    boot: selfHolder().boot,
    host,
    project: git.inRepo ? projectRoot(cwd) : git.root,
    worktree: git.root,
    branch: git.branch,
    started: previous?.started ?? now.toISOString(),
    heartbeat: now.toISOString(),
    claims: previous?.claims ?? []
  };
  writeRecord(dir, entry);
  for (let found of scanRegistry(dir, now).records) {
    let e = found.entry;
    e.session !== session && e.host === host && e.pid === pid && e.pidStart === entry.pidStart && e.pidNs === entry.pidNs && removeRecord(dir, e.session);
  }
  return entry;
}
export {
  registerSession
};
