import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readActivity
} from "./chunk-JICRXR7E.js";

// src/hooks/_activity.ts
import { readFileSync } from "node:fs";
function activityOf(path) {
  if (!path) return readActivity("");
  try {
    return readActivity(readFileSync(path, "utf8"));
  } catch {
    return readActivity("");
  }
}

export {
  activityOf
};
