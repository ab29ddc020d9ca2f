import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_fs
} from "./chunk-MLYNGDWY.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/canonical.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function canonicalFile(path) {
  let abs = (0, import_node_path.resolve)(path);
  try {
    return (0, import_node_fs.realpathSync)(abs);
  } catch {
    let parent = (0, import_node_path.dirname)(abs);
    return parent === abs ? abs : (0, import_node_path.join)(canonicalFile(parent), (0, import_node_path.basename)(abs));
  }
}

export {
  canonicalFile
};
