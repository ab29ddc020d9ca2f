import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  withLock
} from "./chunk-NGTVWZZT.js";
import {
  upsertEntry
} from "./chunk-36L7OBIA.js";
import {
  fileError,
  readIfExists
} from "./chunk-E6EZFKTY.js";
import {
  require_lib
} from "./chunk-5SMAUFA2.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/memory-write.ts
var import_write_file_atomic = __toESM(require_lib(), 1);
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createHash } from "node:crypto";
var sha256 = (content) => createHash("sha256").update(content).digest("hex");
async function writeAtomic(path, content, lease) {
  try {
    mkdirSync(dirname(path), { recursive: !0 }), lease?.assertHeld(), await (0, import_write_file_atomic.default)(path, content);
  } catch (error) {
    throw error instanceof BatonError ? error : fileError(error, "write", path);
  }
}
async function indexAdd(index, entry, key, options = {}) {
  return withLock(index, async (lease) => {
    let before = readIfExists(index) ?? "", result;
    try {
      result = upsertEntry(before, entry, key);
    } catch (error) {
      throw new BatonError("EENTRY", `cannot add this entry to ${index}: ${error.message}`, {
        file: index,
        hint: "give one line holding a link, e.g. --entry '- [Build](build.md) \u2014 how to build', or name the key with --key"
      });
    }
    return result.action !== "unchanged" && await writeAtomic(index, result.text, lease), { path: index, action: result.action, key: result.key, line: result.line };
  }, options);
}
async function lockWrite(target, content, options = {}) {
  let expected = options.expectSha256?.toLowerCase();
  return withLock(target, async (lease) => {
    let before = readIfExists(target), previous = sha256(before ?? "");
    if (expected !== void 0 && expected !== previous)
      throw new BatonError("ECONFLICT", `${target} changed since you read it: expected sha256 ${expected}, found ${previous}. Nothing was written`, {
        file: target,
        hint: `read ${target} again, redo your change on top of what is there now, then write with --expect-sha256 ${previous}`
      });
    return await writeAtomic(target, content, lease), { path: target, sha256: sha256(content), previous, created: before === void 0 };
  }, options);
}

export {
  sha256,
  writeAtomic,
  indexAdd,
  lockWrite
};
