import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  fsyncDir,
  selfHolder,
  unlinkQuiet,
  writeNewFile
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  withLock
} from "./chunk-BQTT5JOV.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  commitTempName,
  isCommitTempOf
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_crypto
} from "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/locked-update.ts
var import_node_crypto = __toESM(require_crypto(), 1), import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var UPDATE_ATTEMPTS = 5, same = (a, b) => a === void 0 || b === void 0 ? a === b : a.equals(b);
function changed(path) {
  return new BatonError(
    "ECHANGED",
    `${path} changed while baton was updating it (a program that takes no lock wrote to it); nothing was written`,
    {
      file: path,
      hint: `run the command again; if it keeps failing, something is rewriting ${path} all the time`
    }
  );
}
var commitTag = (path) => (0, import_node_crypto.createHash)("sha256").update(path).digest("hex").slice(0, 16);
function fence(dir, tag, mine) {
  for (let name of (0, import_node_fs.readdirSync)(dir)) name !== mine && isCommitTempOf(name, tag) && unlinkQuiet((0, import_node_path.join)(dir, name));
}
function fenced(path) {
  return new BatonError(
    "ECOMPROMISED",
    `lost the lock on ${path} while holding it: the process that took it over cancelled this write; nothing was written`,
    {
      file: path,
      hint: "another process took the lock over as stale (the machine may have slept or been stopped for longer than the lock's stale time); run the command again"
    }
  );
}
function commitFile(path, content, lease, before) {
  let dir = (0, import_node_path.dirname)(path), temp;
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0 });
    let mode;
    try {
      mode = (0, import_node_fs.statSync)(path).mode & 4095;
    } catch {
    }
    let tag = commitTag(path), name = commitTempName(selfHolder(), tag, token());
    if (temp = (0, import_node_path.join)(dir, name), writeNewFile(temp, content, mode ?? 438), mode !== void 0 && (0, import_node_fs.chmodSync)(temp, mode), lease.assertHeld(), fence(dir, tag, name), !same(readIfExists(path, "user")?.bytes, before)) throw changed(path);
    try {
      (0, import_node_fs.renameSync)(temp, path);
    } catch (error) {
      throw hasCode(error, "ENOENT") && !(0, import_node_fs.existsSync)(temp) ? fenced(path) : error;
    }
    temp = void 0;
  } catch (error) {
    throw error instanceof BatonError ? error : fileError(error, "write", path);
  } finally {
    temp !== void 0 && unlinkQuiet(temp);
  }
  fsyncDir(dir);
}
var retryable = (error) => error instanceof BatonError && (error.code === "ECOMPROMISED" || error.code === "ECHANGED");
async function lockedUpdate(target, change, options = {}) {
  let early;
  if (options.precompute) {
    let bytes = readIfExists(target, "user")?.bytes;
    early = { bytes, change: await change(bytes, { n: 0 }) };
  }
  for (let n = 1; ; n++)
    try {
      return await withLock(
        target,
        async (lease) => {
          let path = lease.target, before = readIfExists(path, "user")?.bytes;
          lease.assertHeld();
          let c = early !== void 0 && (early.bytes === void 0 ? before === void 0 : before?.equals(early.bytes) === !0) ? early.change : await change(before, { n });
          return c.content === void 0 ? lease.assertHeld() : commitFile(path, c.content, lease, before), c.result;
        },
        options
      );
    } catch (error) {
      if (!retryable(error) || n >= UPDATE_ATTEMPTS) throw error;
    }
}

export {
  UPDATE_ATTEMPTS,
  commitFile,
  lockedUpdate
};
