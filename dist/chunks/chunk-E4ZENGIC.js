import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseHandoff
} from "./chunk-HWJOO4M3.js";
import {
  fsError
} from "./chunk-7IHPYT24.js";
import {
  require_fs
} from "./chunk-MLYNGDWY.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/entry.ts
var import_node_fs = __toESM(require_fs(), 1);
function readEntry(path) {
  try {
    let raw = (0, import_node_fs.readFileSync)(path, "utf8");
    return { ...parseHandoff(raw), raw, mtimeMs: (0, import_node_fs.statSync)(path).mtimeMs };
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fsError(error, "read", path);
  }
}

export {
  readEntry
};
