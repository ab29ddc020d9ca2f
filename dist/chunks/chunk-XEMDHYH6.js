import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
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

// src/io/toolkit/untrusted.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var MAX_UNTRUSTED = 8 * 1024 * 1024, FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
function inside(folder, path) {
  let rel = (0, import_node_path.relative)(folder, path);
  return rel !== "" && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel);
}
function notRegular(path, what) {
  return new BatonError("ENOTREG", `${path} is ${what}, not a regular file: not read`, {
    file: path,
    hint: `Baton reads only regular files; replace ${path} with a plain file or remove it`
  });
}
function target(path, within) {
  let link = (0, import_node_fs.lstatSync)(path).isSymbolicLink();
  if (within === void 0) {
    if (link) throw notRegular(path, "a symbolic link");
    return path;
  }
  let real = (0, import_node_fs.realpathSync)(path);
  if (inside((0, import_node_fs.realpathSync)(within), real)) return real;
  throw notRegular(path, link ? `a symbolic link out of ${within}` : `reached through a link out of ${within}`);
}
function readUntrusted(path, options = {}) {
  let maxBytes = options.maxBytes ?? MAX_UNTRUSTED, fd;
  try {
    fd = (0, import_node_fs.openSync)(target(path, options.within), FLAGS);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw hasCode(error, "ELOOP") ? notRegular(path, "a symbolic link") : error;
  }
  try {
    let st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile())
      throw notRegular(path, st.isFIFO() ? "a FIFO" : st.isDirectory() ? "a directory" : "a device or socket");
    let size = st.size, start = options.from !== void 0 && options.from <= size ? options.from : 0;
    if (size - start > maxBytes && options.over !== "head") {
      if (options.over !== "tail")
        throw new BatonError("ETOOBIG", `${path} is ${size} bytes, over the ${maxBytes}-byte limit: not read`, {
          file: path,
          hint: `open it yourself if you trust it (less '${path}'), or move it out of the way`
        });
      start = size - maxBytes;
    }
    let bytes = Buffer.alloc(Math.min(size - start, maxBytes)), got = 0;
    for (; got < bytes.length; ) {
      let n = (0, import_node_fs.readSync)(fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: bytes.subarray(0, got), start, size, mtimeMs: st.mtimeMs };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readLinkedFile(path) {
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(path);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  return readUntrusted(real);
}
function readIfExists(path, trust) {
  try {
    return trust === "user" ? readLinkedFile(path) : readUntrusted(path);
  } catch (error) {
    throw fileError(error, "read", path);
  }
}

export {
  MAX_UNTRUSTED,
  readUntrusted,
  readIfExists
};
