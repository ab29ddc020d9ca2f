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

// src/io/toolkit/folder.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function namesIn(dir) {
  try {
    return (0, import_node_fs.readdirSync)(dir);
  } catch {
    return [];
  }
}
function pruneOlder(dir, days, now) {
  for (let name of namesIn(dir))
    try {
      let path = (0, import_node_path.join)(dir, name), st = (0, import_node_fs.statSync)(path);
      st.isFile() && now.getTime() - st.mtimeMs > days * 864e5 && (0, import_node_fs.rmSync)(path, { force: !0 });
    } catch {
    }
}

export {
  namesIn,
  pruneOlder
};
