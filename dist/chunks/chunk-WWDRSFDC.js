import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseHandoff
} from "./chunk-KJILGL7W.js";
import {
  readHandoffFile
} from "./chunk-WMLGDQSG.js";

// src/io/handoff/entry.ts
function readEntry(path) {
  let file = readHandoffFile(path);
  if (!file) return;
  let raw = file.bytes.toString("utf8");
  return { ...parseHandoff(raw), raw, mtimeMs: file.mtimeMs };
}

export {
  readEntry
};
