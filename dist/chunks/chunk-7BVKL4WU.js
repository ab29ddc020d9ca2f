import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemory
} from "./chunk-Z2XP3ZIP.js";
import {
  readIfExists
} from "./chunk-G4JNFTDM.js";

// src/io/memory/check.ts
function checkMemoryFile(file, options = {}) {
  let text = readIfExists(file, "user")?.bytes.toString("utf8");
  return text === void 0 ? { file, exists: !1, check: void 0 } : { file, exists: !0, check: checkMemory(text, options) };
}

export {
  checkMemoryFile
};
