import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  TEMP_PREFIX
} from "./chunk-52RVX4HS.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";

// src/io/publish.ts
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
function unlinkQuiet(path) {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
  }
}
function tempPath(dir) {
  return join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
}
function writeNewFile(path, content, mode = 384) {
  let fd = openSync(path, "wx", mode);
  try {
    writeFileSync(fd, content), fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function fsyncDir(dir) {
  try {
    let fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}
function linkOrPlaceholder(temp, target) {
  try {
    linkSync(temp, target);
  } catch (error) {
    if (!hasCode(error, "EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS")) throw error;
    closeSync(openSync(target, "wx", 384)), renameSync(temp, target);
  }
}
function publishExclusive(dir, nameFor, content, options = {}) {
  let temp = tempPath(dir);
  writeNewFile(temp, content, options.mode ?? 384);
  try {
    for (let attempt = 1; attempt <= 1e5; attempt++) {
      let name = nameFor(attempt);
      if (options.taken?.(name)) continue;
      let target = join(dir, name);
      try {
        return linkOrPlaceholder(temp, target), fsyncDir(dir), target;
      } catch (error) {
        if (!hasCode(error, "EEXIST")) throw error;
      }
    }
    throw new BatonError("EFULL", `no free file name left in ${dir}`, { file: dir });
  } finally {
    unlinkQuiet(temp);
  }
}

export {
  unlinkQuiet,
  tempPath,
  writeNewFile,
  publishExclusive
};
