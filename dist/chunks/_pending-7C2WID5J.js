import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseDoc
} from "./chunk-S2ACYSKC.js";
import {
  listEntries,
  readRaw
} from "./chunk-ZO4ZI5CS.js";
import "./chunk-52RVX4HS.js";
import {
  gitState
} from "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-EGU3MAJP.js";

// src/hooks/_pending.ts
async function countPending(dir, cwd, all) {
  let { pending } = listEntries(dir, { pendingOnly: !0 });
  if (all || pending.length === 0) return pending.length;
  let root = gitState(cwd).root, n = 0;
  for (let e of pending) {
    let raw = readRaw(e.path), project = raw === void 0 ? void 0 : (await parseDoc(raw)).meta.project;
    raw !== void 0 && (!project || project === root) && n++;
  }
  return n;
}
export {
  countPending
};
