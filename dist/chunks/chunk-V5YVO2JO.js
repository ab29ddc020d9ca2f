import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemory
} from "./chunk-Z2XP3ZIP.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";

// src/io/memory-errors.ts
function fileError(error, what, file) {
  if (error instanceof BatonError) return error;
  let code = error.code ?? "EIO", hints = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EPERM: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EROFS: `${file} is on a read-only file system`,
    ENOSPC: "the disk is full; free some space and run the command again (the file was left as it was)",
    ENOTDIR: `a file is in the way of the folder for ${file}; move it away`,
    EISDIR: `${file} is a folder; name a file`
  };
  return new BatonError(code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? `check that ${file} exists and is writable (${error.message ?? error})`,
    cause: error
  });
}

// src/io/memory-check.ts
import { readFileSync } from "node:fs";
function readIfExists(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fileError(error, "read", path);
  }
}
function checkMemoryFile(file, options = {}) {
  let text = readIfExists(file);
  return text === void 0 ? { file, exists: !1, check: void 0 } : { file, exists: !0, check: checkMemory(text, options) };
}

export {
  fileError,
  readIfExists,
  checkMemoryFile
};
