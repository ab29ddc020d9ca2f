import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  selfHolder
} from "./chunk-U6G6LV7I.js";
import {
  tempName
} from "./chunk-EDTFKMT2.js";
import {
  require_fs,
  token
} from "./chunk-A7WFTUUA.js";
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

// src/io/toolkit/publish.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function unlinkQuiet(path) {
  try {
    (0, import_node_fs.unlinkSync)(path);
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
  }
}
function tempPath(dir) {
  return (0, import_node_path.join)(dir, tempName(selfHolder(), token()));
}
function writeNewFile(path, content, mode = 384) {
  let fd = (0, import_node_fs.openSync)(path, "wx", mode);
  try {
    (0, import_node_fs.writeFileSync)(fd, content), (0, import_node_fs.fsyncSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function fsyncDir(dir) {
  try {
    let fd = (0, import_node_fs.openSync)(dir, "r");
    try {
      (0, import_node_fs.fsyncSync)(fd);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  } catch {
  }
}
function noHardLinks(error) {
  return hasCode(error, "EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS");
}
function placeholder(target) {
  (0, import_node_fs.closeSync)((0, import_node_fs.openSync)(target, "wx", 384));
}
function linkOrPlaceholder(source, target) {
  try {
    (0, import_node_fs.linkSync)(source, target);
  } catch (error) {
    if (!noHardLinks(error)) throw error;
    placeholder(target), (0, import_node_fs.renameSync)(source, target);
  }
}
function publishExclusive(dir, nameFor, content, options = {}) {
  let temp = tempPath(dir);
  writeNewFile(temp, content, options.mode ?? 384);
  try {
    for (let attempt = 1; attempt <= 1e5; attempt++) {
      let name = nameFor(attempt);
      if (options.taken?.(name)) continue;
      let target = (0, import_node_path.join)(dir, name);
      try {
        return linkOrPlaceholder(temp, target), fsyncDir(dir), target;
      } catch (error) {
        if (!hasCode(error, "EEXIST")) throw error;
      }
    }
    throw new BatonError("EFULL", `no free file name left in ${dir}`, { file: dir });
  } finally {
    unlinkQuiet(temp);
  }
}

export {
  unlinkQuiet,
  tempPath,
  writeNewFile,
  fsyncDir,
  noHardLinks,
  placeholder,
  linkOrPlaceholder,
  publishExclusive
};
