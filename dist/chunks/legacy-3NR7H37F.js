import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseHandoff,
  renderHandoff
} from "./chunk-HWJOO4M3.js";
import {
  publishExclusive
} from "./chunk-UWWC5LSQ.js";
import {
  ensureDir
} from "./chunk-7IHPYT24.js";
import {
  candidateName,
  doneName,
  formatStamp
} from "./chunk-52RVX4HS.js";
import {
  require_fs
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

// src/io/legacy.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var import_node_fs2 = __toESM(require_fs(), 1);
function importLegacy(home, dir) {
  let legacy = (0, import_node_path.join)(home, "context-handoff.md"), hold = `${legacy}.importing-${process.pid}`;
  try {
    (0, import_node_fs.renameSync)(legacy, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  try {
    let raw = (0, import_node_fs.readFileSync)(hold, "utf8"), mtime = (0, import_node_fs.statSync)(hold).mtime, doc = parseHandoff(raw);
    if (doc.body.trim() === "") {
      keepAsImported(hold, legacy);
      return;
    }
    ensureDir(dir);
    let meta = { baton: 1, created: mtime.toISOString(), session: "", ...doc.meta, legacy }, stamp = formatStamp(mtime), path = publishExclusive(dir, (n) => candidateName(stamp, "legacy-context-handoff", n), renderHandoff(meta, doc.body), {
      taken: (name) => (0, import_node_fs2.existsSync)((0, import_node_path.join)(dir, doneName(name)))
    });
    return keepAsImported(hold, legacy), path;
  } catch (error) {
    try {
      (0, import_node_fs.linkSync)(hold, legacy), (0, import_node_fs.rmSync)(hold, { force: !0 });
    } catch {
    }
    throw error;
  }
}
function keepAsImported(hold, legacy) {
  for (let n = 1; n < 1e3; n++)
    try {
      (0, import_node_fs.linkSync)(hold, n === 1 ? `${legacy}.imported` : `${legacy}.imported-${n}`), (0, import_node_fs.rmSync)(hold, { force: !0 });
      return;
    } catch (error) {
      if (!hasCode(error, "EEXIST")) throw error;
    }
}
export {
  importLegacy
};
