import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  consumeBytes
} from "./chunk-K3ZHAZQS.js";
import {
  firstFree,
  linkOrPlaceholder,
  noHardLinks,
  placeholder,
  selfHolder,
  tempPath,
  unlinkQuiet
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  RESTORING,
  candidateName,
  claimName,
  doneName,
  parseName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/claim.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
async function markDone(dir, hold, done, at, by) {
  let bytes = readIfExists(hold, "untrusted")?.bytes;
  if (!bytes) return;
  let temp = tempPath(dir);
  try {
    (0, import_node_fs.writeFileSync)(temp, await consumeBytes(bytes, at, by), { flag: "wx", mode: 384 }), (0, import_node_fs.renameSync)(temp, done);
  } finally {
    unlinkQuiet(temp);
  }
}
function reserveDone(dir, hold, pendingName) {
  let links = !0, reserve = (path) => {
    if (links)
      try {
        return (0, import_node_fs.linkSync)(hold, path), path;
      } catch (error) {
        if (!noHardLinks(error)) throw error;
        links = !1;
      }
    return placeholder(path), path;
  };
  return firstFree(
    (n) => doneName(pendingName, n),
    (name) => reserve((0, import_node_path.join)(dir, name)),
    { dir }
  );
}
async function claimHandoff(dir, pendingName, by, at) {
  let pending = (0, import_node_path.join)(dir, pendingName), hold = (0, import_node_path.join)(dir, claimName(pendingName, selfHolder(), token()));
  try {
    (0, import_node_fs.renameSync)(pending, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fileError(error, "claim", pending);
  }
  let done;
  try {
    let bytes = readIfExists(hold, "untrusted")?.bytes;
    if (!bytes) throw Object.assign(new Error(`${hold} vanished`), { code: "ENOENT" });
    let raw = bytes.toString("utf8");
    done = reserveDone(dir, hold, pendingName);
    let temp = tempPath(dir), renamed = !1;
    try {
      (0, import_node_fs.writeFileSync)(temp, await consumeBytes(bytes, at, by), { flag: "wx", mode: 384 }), (0, import_node_fs.renameSync)(temp, done), renamed = !0;
    } finally {
      renamed || unlinkQuiet(temp);
    }
    let path = done;
    return {
      path,
      raw,
      bytes,
      release: () => unlinkQuiet(hold),
      putBack: () => putBack(hold, pending, path),
      reassign: (other) => markDone(dir, hold, path, at, other)
    };
  } catch (error) {
    throw putBack(hold, pending, done), error instanceof BatonError ? error : fileError(error, "mark as consumed", pending);
  }
}
function putBack(hold, pending, done) {
  try {
    done && (0, import_node_fs.rmSync)(done, { force: !0 });
    let restoring = (0, import_node_path.join)((0, import_node_path.dirname)(hold), claimName((0, import_node_path.basename)(pending), selfHolder(), `${RESTORING}${token()}`));
    return (0, import_node_fs.renameSync)(hold, restoring), republish((0, import_node_path.dirname)(hold), restoring, (0, import_node_path.basename)(pending)), !0;
  } catch {
    return !1;
  }
}
function republish(dir, hold, pendingName) {
  let parsed = parseName(pendingName);
  firstFree((n) => parsed ? candidateName(parsed.stamp, parsed.slug, n) : pendingName, (name) => linkOrPlaceholder(hold, (0, import_node_path.join)(dir, name)), { dir, attempts: parsed ? 999 : 1 }), (0, import_node_fs.rmSync)(hold, { force: !0 });
}

export {
  claimHandoff,
  republish
};
