import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  fsError
} from "./chunk-ZO4ZI5CS.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  parseHandoff
} from "./chunk-HWJOO4M3.js";

// src/io/entry.ts
import { readFileSync, statSync } from "node:fs";
function readEntry(path) {
  try {
    let raw = readFileSync(path, "utf8");
    return { ...parseHandoff(raw), raw, mtimeMs: statSync(path).mtimeMs };
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fsError(error, "read", path);
  }
}

export {
  readEntry
};
