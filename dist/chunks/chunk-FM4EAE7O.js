import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/canonical.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function canonicalFile(path, links = 0) {
  let abs = (0, import_node_path.resolve)(path);
  try {
    return (0, import_node_fs.realpathSync)(abs);
  } catch {
    if (links < 40)
      try {
        return canonicalFile((0, import_node_path.resolve)(canonicalFile((0, import_node_path.dirname)(abs), links), (0, import_node_fs.readlinkSync)(abs)), links + 1);
      } catch {
      }
    let parent = (0, import_node_path.dirname)(abs);
    return parent === abs ? abs : (0, import_node_path.join)(canonicalFile(parent, links), (0, import_node_path.basename)(abs));
  }
}

export {
  canonicalFile
};
