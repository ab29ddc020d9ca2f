import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseName
} from "./chunk-EDTFKMT2.js";
import {
  readUntrusted
} from "./chunk-QFQ7JQA3.js";
import {
  require_fs
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

// src/io/handoff/store.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function fsError(error, what, file) {
  let code = error.code ?? "EIO", hints = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}'), or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EPERM: `check the permissions of ${file}, or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EROFS: `${file} is on a read-only file system; point BATON_HANDOFF_DIR / --dir at a writable directory`,
    ENOSPC: "the disk is full; free some space and run the command again (nothing was changed)",
    ENOTDIR: `${file} is not a directory; move that file away or use --dir`,
    EEXIST: `${file} is in the way; move it away or use --dir`
  };
  return new BatonError(code === "ENOTDIR" || code === "EEXIST" ? "ENOTDIR" : code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? "check that the path exists and is writable",
    cause: error
  });
}
function ensureDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 }), (0, import_node_fs.accessSync)(dir, import_node_fs.constants.W_OK);
  } catch (error) {
    throw fsError(error, "write to the handoff directory", dir);
  }
}
function listEntries(dir, options = {}) {
  let pending = [], consumed = [], litter = 0, names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return { pending, consumed, litter };
    throw fsError(error, "read the handoff directory", dir);
  }
  for (let name of names) {
    if (name.startsWith(".baton-") && litter++, !name.endsWith(".md")) continue;
    let parsed = parseName(name);
    if (!parsed || options.pendingOnly && parsed.consumed) continue;
    let path = (0, import_node_path.join)(dir, name);
    if (!isRegularFile(path)) continue;
    let entry = { ...parsed, name, path };
    (parsed.consumed ? consumed : pending).push(entry);
  }
  let byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return { pending: pending.sort(byName), consumed: consumed.sort(byName), litter };
}
function isRegularFile(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isFile();
  } catch {
    return !1;
  }
}
function readHandoffFile(path) {
  try {
    return readUntrusted(path);
  } catch (error) {
    if (error instanceof BatonError) throw error;
    if (hasCode(error, "EACCES", "EPERM"))
      return denied(error, path);
    throw fsError(error, "read", path);
  }
}
function denied(error, path) {
  throw new BatonError("EACCES", `cannot read ${path}: permission denied`, {
    file: path,
    hint: `it belongs to another user (as after a sudo run); take it back with: sudo chown "$(id -un)" '${path}'`,
    cause: error
  });
}
function readRaw(path) {
  return readHandoffFile(path)?.bytes.toString("utf8");
}
function skippedWarning(error, path) {
  let e = error instanceof BatonError ? error : fsError(error, "read", path);
  return `baton: skipped a handoff: ${e.message}${e.hint ? `; ${e.hint}` : ""}. It stays where it is; the other handoffs are not affected.`;
}

export {
  fsError,
  ensureDir,
  listEntries,
  readHandoffFile,
  readRaw,
  skippedWarning
};
