import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  procStart,
  readEntry,
  removeEntry,
  scanRegistry,
  sessionPid,
  writeEntry
} from "./chunk-2YONCZ7S.js";
import {
  projectRoot
} from "./chunk-BEFKRBPK.js";
import "./chunk-BCKNI4VR.js";
import {
  gitState
} from "./chunk-IHPJGJUS.js";
import "./chunk-FNSZFOFE.js";
import {
  require_os
} from "./chunk-EHGXJL57.js";
import "./chunk-MLYNGDWY.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/sessions.ts
var import_node_os = __toESM(require_os(), 1);
function registerSession(options) {
  let { dir, session, cwd, now } = options, pid = options.pid ?? sessionPid(), host = (0, import_node_os.hostname)(), git = gitState(cwd), previous = readEntry(dir, session), entry = {
    baton: 1,
    session,
    pid,
    pidStart: procStart(pid),
    host,
    project: git.inRepo ? projectRoot(cwd) : git.root,
    worktree: git.root,
    branch: git.branch,
    started: previous?.started ?? now.toISOString(),
    heartbeat: now.toISOString(),
    claims: previous?.claims ?? []
  };
  writeEntry(dir, entry);
  for (let found of scanRegistry(dir, now, { host }).entries) {
    let e = found.entry;
    e.session !== session && e.host === host && e.pid === pid && e.pidStart === entry.pidStart && removeEntry(dir, e.session);
  }
  return entry;
}
export {
  registerSession
};
