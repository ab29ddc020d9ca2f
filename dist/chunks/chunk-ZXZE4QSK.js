import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemory
} from "./chunk-VSM7S43G.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";

// src/io/memory/check.ts
async function checkMemoryFile(file, options = {}) {
  let text = readIfExists(file, "user")?.bytes.toString("utf8");
  if (text === void 0) return { file, exists: !1, check: void 0 };
  let comments = text.includes("<!--") ? (await import("./comments-QDVJMJFT.js")).commentBlocks : void 0;
  return { file, exists: !0, check: checkMemory(text, { ...options, comments }) };
}

export {
  checkMemoryFile
};
