import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  procStart,
  readEntry,
  removeEntry,
  scanRegistry,
  sessionPid,
  writeEntry
} from "./chunk-5ODV67V6.js";
import {
  projectRoot
} from "./chunk-6ZKVROHM.js";
import {
  gitState
} from "./chunk-XLV472GU.js";

// src/io/sessions.ts
import { hostname } from "node:os";
function registerSession(options) {
  let { dir, session, cwd, now } = options, pid = options.pid ?? sessionPid(), host = hostname(), git = gitState(cwd), previous = readEntry(dir, session), entry = {
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
