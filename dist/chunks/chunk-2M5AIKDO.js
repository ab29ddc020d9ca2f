import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemory
} from "./chunk-Z2XP3ZIP.js";
import {
  fileError
} from "./chunk-FQBGWS4V.js";
import {
  readLinkedFile
} from "./chunk-QFQ7JQA3.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";

// src/io/memory/check.ts
function readIfExists(path) {
  try {
    return readLinkedFile(path)?.toString("utf8");
  } catch (error) {
    throw error instanceof BatonError ? error : fileError(error, "read", path);
  }
}
function checkMemoryFile(file, options = {}) {
  let text = readIfExists(file);
  return text === void 0 ? { file, exists: !1, check: void 0 } : { file, exists: !0, check: checkMemory(text, options) };
}

export {
  checkMemoryFile
};
