import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/folder.ts
var import_node_fs = __toESM(require_fs(), 1);
function namesIn(dir) {
  try {
    return (0, import_node_fs.readdirSync)(dir);
  } catch {
    return [];
  }
}

export {
  namesIn
};
