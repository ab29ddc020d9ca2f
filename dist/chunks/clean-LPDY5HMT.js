import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  republish
} from "./chunk-HRDRXRSM.js";
import {
  readHandoff
} from "./chunk-RFTJQWE3.js";
import {
  pruneReceived
} from "./chunk-Q3O6BRWA.js";
import {
  orphanImports,
  recoverImports
} from "./chunk-F3RAIOPZ.js";
import "./chunk-M4THCNYT.js";
import "./chunk-SP743B6D.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-PNZXFP77.js";
import "./chunk-5ODD5IWO.js";
import "./chunk-K3ZHAZQS.js";
import {
  listHandoffs,
  skippedWarning
} from "./chunk-J47OTX5D.js";
import {
  judge,
  selfHolder
} from "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import {
  namesIn,
  pruneOlder
} from "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import "./chunk-7OVCZP5F.js";
import "./chunk-2KJWADXC.js";
import "./chunk-K7KUWVWP.js";
import "./chunk-KJXNLXNX.js";
import "./chunk-7S46E5XO.js";
import "./chunk-3MPKVRL5.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  CLAIM_PREFIX,
  RESTORING,
  TEMP_PREFIX,
  abandoned,
  claimName,
  doneName,
  parseClaimName,
  parseTempName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_crypto
} from "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/reply-log.ts
var import_node_crypto = __toESM(require_crypto(), 1), import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var logFolder = (home) => (0, import_node_path.join)(home, "baton", "reply-notes");
function pruneReplyLogs(home, days, now) {
  pruneOlder(logFolder(home), days, now);
}

// src/io/handoff/clean.ts
var import_node_fs2 = __toESM(require_fs(), 1), import_node_path2 = __toESM(require_path(), 1);
var HOUR = 36e5, DAY = 24 * HOUR;
async function cleanHandoffs(dir, now, options = {}) {
  let days = options.days ?? 7;
  if (!Number.isFinite(days) || days < 0) throw new TypeError("Expected `days` to be a number >= 0");
  let cutoff = now.getTime() - days * DAY, result = { deleted: [], kept: 0, sweptTemp: [], restored: [], warnings: [], imported: [] }, doomed = [];
  for (let entry of listHandoffs(dir).consumed) {
    let doc;
    try {
      doc = readHandoff(entry.path);
    } catch (error) {
      result.warnings.push(skippedWarning(error, entry.path));
      continue;
    }
    if (!doc) continue;
    let at = Date.parse(String(doc.meta.consumed?.at ?? ""));
    (Number.isNaN(at) ? doc.mtimeMs : at) < cutoff ? doomed.push({ path: entry.path, name: entry.name, doc }) : result.kept++;
  }
  return await deleteRecorded(doomed, now, options, result), !options.dryRun && options.home !== void 0 && (pruneReceived(options.home, days, now), pruneReplyLogs(options.home, days, now)), sweepLitter(dir, now, options.dryRun ?? !1, result), options.home !== void 0 && !options.dryRun && orphanImports(options.home).length > 0 && (result.imported = await recoverImports(options.home, dir, now)), result;
}
async function deleteRecorded(doomed, now, options, result) {
  if (doomed.length !== 0) {
    if (!options.dryRun && options.home !== void 0) {
      let { recordDeleted } = await import("./history-entry-BTUWNWCU.js");
      try {
        await recordDeleted(options.home, doomed, now);
      } catch (error) {
        let e = error;
        result.warnings.push(
          `baton: kept ${doomed.length} consumed handoff(s) past retention: the history index could not be written (${e.message ?? String(error)})${e.hint ? `; ${e.hint}` : ""}. The next clean tries again.`
        ), result.kept += doomed.length;
        return;
      }
    }
    for (let { path } of doomed)
      options.dryRun || (0, import_node_fs2.rmSync)(path, { force: !0 }), result.deleted.push(path);
  }
}
function sweepLitter(dir, now, dryRun = !1, result = { deleted: [], kept: 0, sweptTemp: [], restored: [], warnings: [], imported: [] }) {
  for (let name of namesIn(dir)) {
    let temp = name.startsWith(TEMP_PREFIX), hold = temp ? void 0 : name.startsWith(CLAIM_PREFIX) ? parseClaimName(name) : void 0;
    if (!temp && !hold) continue;
    let path = (0, import_node_path2.join)(dir, name), age;
    try {
      let st = (0, import_node_fs2.lstatSync)(path);
      if (!st.isFile()) continue;
      age = now.getTime() - (temp ? st.mtimeMs : Math.max(st.mtimeMs, st.ctimeMs));
    } catch {
      continue;
    }
    if (temp) {
      let writer = parseTempName(name);
      abandoned(writer ? judge(writer) : "unknown", age, HOUR) && (dryRun || (0, import_node_fs2.rmSync)(path, { force: !0 }), result.sweptTemp.push(path));
    } else if (hold && abandoned(judge(hold.holder), age, HOUR))
      try {
        dryRun || restoreHold(dir, path, hold.pendingName, hold.restoring), result.restored.push(path);
      } catch (error) {
        result.warnings.push(skippedWarning(error, path));
      }
  }
  return result;
}
function restoreHold(dir, deadHold, pendingName, restoring) {
  let hold = (0, import_node_path2.join)(dir, claimName(pendingName, selfHolder(), restoring ? `${RESTORING}${token()}` : token()));
  try {
    (0, import_node_fs2.renameSync)(deadHold, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  let doc = readQuiet(hold);
  if (doc === null) return;
  if (restoring) {
    putBackAlready(dir, hold, pendingName, doc) ? (0, import_node_fs2.rmSync)(hold, { force: !0 }) : republish(dir, hold, pendingName);
    return;
  }
  let done = doc ? sameBodyDone(dir, pendingName, doc.body) : void 0;
  if (done && (0, import_node_fs2.rmSync)(done, { force: !0 }), linkCount(hold) > 1) return (0, import_node_fs2.rmSync)(hold, { force: !0 });
  let next = (0, import_node_path2.join)(dir, claimName(pendingName, selfHolder(), `${RESTORING}${token()}`));
  (0, import_node_fs2.renameSync)(hold, next), hold = next, republish(dir, hold, pendingName);
}
function sameBodyDone(dir, pendingName, body) {
  for (let n = 1; n < 1e3; n++) {
    let path = (0, import_node_path2.join)(dir, doneName(pendingName, n)), done = readQuiet(path);
    if (!done) return;
    if (done.body === body || done.raw === "") return path;
  }
}
function putBackAlready(dir, hold, pendingName, doc) {
  return linkCount(hold) > 1 ? !0 : doc ? sameBodyDone(dir, pendingName, doc.body) !== void 0 : !1;
}
function linkCount(path) {
  try {
    return (0, import_node_fs2.lstatSync)(path).nlink;
  } catch {
    return 0;
  }
}
function readQuiet(path) {
  try {
    return readHandoff(path) ?? null;
  } catch {
    return;
  }
}
export {
  cleanHandoffs,
  sweepLitter
};
