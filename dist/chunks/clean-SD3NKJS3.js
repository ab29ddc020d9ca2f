import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readEntry
} from "./chunk-PAJK2MQO.js";
import {
  listEntries
} from "./chunk-ZO4ZI5CS.js";
import {
  CLAIM_PREFIX,
  TEMP_PREFIX,
  candidateName,
  claimName,
  doneName,
  hostTag,
  parseClaimName,
  parseName
} from "./chunk-52RVX4HS.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import "./chunk-HWJOO4M3.js";
import "./chunk-EGU3MAJP.js";

// src/io/clean.ts
import { linkSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
var HOUR = 36e5, DAY = 24 * HOUR;
function alive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (error) {
    return hasCode(error, "EPERM");
  }
}
function cleanHandoffs(dir, now, options = {}) {
  let days = options.days ?? 7;
  if (!Number.isFinite(days) || days < 0) throw new TypeError("Expected `days` to be a number >= 0");
  let cutoff = now.getTime() - days * DAY, result = { deleted: [], kept: 0, sweptTemp: [], restored: [] };
  for (let entry of listEntries(dir).consumed) {
    let doc = readEntry(entry.path);
    if (!doc) continue;
    let at = Date.parse(String(doc.meta.consumed?.at ?? ""));
    (Number.isNaN(at) ? doc.mtimeMs : at) < cutoff ? (options.dryRun || rmSync(entry.path, { force: !0 }), result.deleted.push(entry.path)) : result.kept++;
  }
  return sweepLitter(dir, now, options.dryRun ?? !1, result), result;
}
function sweepLitter(dir, now, dryRun = !1, result = { deleted: [], kept: 0, sweptTemp: [], restored: [] }) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return result;
  }
  for (let name of names) {
    if (!name.startsWith(TEMP_PREFIX) && !name.startsWith(CLAIM_PREFIX)) continue;
    let path = join(dir, name), age;
    try {
      let st = statSync(path);
      if (!st.isFile()) continue;
      age = now.getTime() - (name.startsWith(TEMP_PREFIX) ? st.mtimeMs : Math.max(st.mtimeMs, st.ctimeMs));
    } catch {
      continue;
    }
    name.startsWith(TEMP_PREFIX) && age > HOUR && (dryRun || rmSync(path, { force: !0 }), result.sweptTemp.push(path));
    let hold = name.startsWith(CLAIM_PREFIX) ? parseClaimName(name) : void 0;
    hold && (hold.host === hostTag(hostname()) && !alive(hold.pid) || age > HOUR) && (dryRun || restoreHold(dir, path, hold.pendingName), result.restored.push(path));
  }
  return result;
}
function restoreHold(dir, deadHold, pendingName) {
  let hold = join(dir, claimName(pendingName, hostname(), process.pid, randomBytes(4).toString("hex")));
  try {
    renameSync(deadHold, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  let doc = readEntry(hold);
  if (!doc) return;
  let parsed = parseName(pendingName);
  for (let attempt = 1; attempt < 1e3; attempt++) {
    let name = parsed ? candidateName(parsed.stamp, parsed.slug, attempt) : pendingName;
    try {
      linkSync(hold, join(dir, name));
      break;
    } catch (error) {
      if (!hasCode(error, "EEXIST") || !parsed) return;
    }
  }
  for (let n = 1; n < 1e3; n++) {
    let done = readEntry(join(dir, doneName(pendingName, n)));
    if (!done) break;
    if (done.body === doc.body) {
      rmSync(join(dir, doneName(pendingName, n)), { force: !0 });
      break;
    }
  }
  rmSync(hold, { force: !0 });
}
export {
  cleanHandoffs,
  sweepLitter
};
