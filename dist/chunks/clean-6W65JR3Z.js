import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readEntry
} from "./chunk-E4ZENGIC.js";
import "./chunk-HWJOO4M3.js";
import {
  listEntries
} from "./chunk-7IHPYT24.js";
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
  require_os
} from "./chunk-EHGXJL57.js";
import {
  require_fs,
  token
} from "./chunk-MLYNGDWY.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/clean.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var import_node_os = __toESM(require_os(), 1);
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
    (Number.isNaN(at) ? doc.mtimeMs : at) < cutoff ? (options.dryRun || (0, import_node_fs.rmSync)(entry.path, { force: !0 }), result.deleted.push(entry.path)) : result.kept++;
  }
  return sweepLitter(dir, now, options.dryRun ?? !1, result), result;
}
function sweepLitter(dir, now, dryRun = !1, result = { deleted: [], kept: 0, sweptTemp: [], restored: [] }) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch {
    return result;
  }
  for (let name of names) {
    if (!name.startsWith(TEMP_PREFIX) && !name.startsWith(CLAIM_PREFIX)) continue;
    let path = (0, import_node_path.join)(dir, name), age;
    try {
      let st = (0, import_node_fs.statSync)(path);
      if (!st.isFile()) continue;
      age = now.getTime() - (name.startsWith(TEMP_PREFIX) ? st.mtimeMs : Math.max(st.mtimeMs, st.ctimeMs));
    } catch {
      continue;
    }
    name.startsWith(TEMP_PREFIX) && age > HOUR && (dryRun || (0, import_node_fs.rmSync)(path, { force: !0 }), result.sweptTemp.push(path));
    let hold = name.startsWith(CLAIM_PREFIX) ? parseClaimName(name) : void 0;
    hold && (hold.host === hostTag((0, import_node_os.hostname)()) && !alive(hold.pid) || age > HOUR) && (dryRun || restoreHold(dir, path, hold.pendingName), result.restored.push(path));
  }
  return result;
}
function restoreHold(dir, deadHold, pendingName) {
  let hold = (0, import_node_path.join)(dir, claimName(pendingName, (0, import_node_os.hostname)(), process.pid, token()));
  try {
    (0, import_node_fs.renameSync)(deadHold, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  let doc = readEntry(hold);
  if (!doc) return;
  for (let n = 1; n < 1e3; n++) {
    let done = readEntry((0, import_node_path.join)(dir, doneName(pendingName, n)));
    if (!done) break;
    if (done.body === doc.body) {
      (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, doneName(pendingName, n)), { force: !0 });
      break;
    }
  }
  let parsed = parseName(pendingName);
  for (let attempt = 1; attempt < 1e3; attempt++) {
    let name = parsed ? candidateName(parsed.stamp, parsed.slug, attempt) : pendingName;
    try {
      (0, import_node_fs.linkSync)(hold, (0, import_node_path.join)(dir, name));
      break;
    } catch (error) {
      if (!hasCode(error, "EEXIST") || !parsed) return;
    }
  }
  (0, import_node_fs.rmSync)(hold, { force: !0 });
}
export {
  cleanHandoffs,
  sweepLitter
};
