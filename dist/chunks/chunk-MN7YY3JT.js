import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  registerSession
} from "./chunk-ZTHBK5YG.js";
import {
  claimHolder,
  scanRegistry,
  withClaim,
  withoutClaim,
  writeEntry
} from "./chunk-5ODV67V6.js";
import {
  canonicalPath,
  withLock
} from "./chunk-NGTVWZZT.js";

// src/io/claims.ts
import { join } from "node:path";
var lockTarget = (dir) => join(dir, ".claims");
async function claimFile(options) {
  let path = canonicalPath(options.path);
  return withLock(lockTarget(options.dir), () => {
    let live = scanRegistry(options.dir, options.now).entries.filter((e) => e.stale === void 0), holder = claimHolder(live.map((e) => e.entry), options.session, path);
    if (holder) return { granted: !1, path, holder };
    let own = live.find((e) => e.entry.session === options.session)?.entry ?? registerSession({ dir: options.dir, session: options.session, cwd: options.cwd, now: options.now, ...options.pid ? { pid: options.pid } : {} });
    if (own.claims.some((c) => c.path === path)) return { granted: !0, path, entry: own };
    let entry = withClaim(own, path, options.now);
    return writeEntry(options.dir, entry), { granted: !0, path, entry };
  }, { wait: options.wait ?? 5e3, ...options.env ? { env: options.env } : {} });
}
async function releaseFile(options) {
  let path = canonicalPath(options.path);
  return withLock(lockTarget(options.dir), () => {
    let released = [], heldBy = [];
    for (let { entry, stale } of scanRegistry(options.dir, options.now).entries)
      entry.claims.some((c) => c.path === path) && (entry.session === options.session || options.force ? (writeEntry(options.dir, withoutClaim(entry, path)), released.push(entry.session)) : stale === void 0 && heldBy.push(entry));
    return { path, released, heldBy };
  }, { wait: options.wait ?? 5e3, ...options.env ? { env: options.env } : {} });
}

export {
  claimFile,
  releaseFile
};
