import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  parseHandoff
} from "./chunk-7OVCZP5F.js";

// src/io/handoff/read.ts
function readHandoff(path) {
  let file = readIfExists(path, "untrusted");
  if (!file) return;
  let raw = file.bytes.toString("utf8");
  return { ...parseHandoff(raw), raw, mtimeMs: file.mtimeMs };
}

export {
  readHandoff
};
