import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  withLock
} from "./chunk-3PEWLMM2.js";
import {
  fsyncDir,
  tempPath,
  unlinkQuiet,
  writeNewFile
} from "./chunk-PQBVTKCN.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/locked-update.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
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
function commitFile(path, content, lease, before) {
  let dir = (0, import_node_path.dirname)(path), temp;
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0 });
    let mode;
    try {
      mode = (0, import_node_fs.statSync)(path).mode & 4095;
    } catch {
    }
    if (temp = tempPath(dir), writeNewFile(temp, content, mode ?? 438), mode !== void 0 && (0, import_node_fs.chmodSync)(temp, mode), lease.assertHeld(), !same(readIfExists(path, "user")?.bytes, before)) throw changed(path);
    (0, import_node_fs.renameSync)(temp, path), temp = void 0;
  } catch (error) {
    throw error instanceof BatonError ? error : fileError(error, "write", path);
  } finally {
    temp !== void 0 && unlinkQuiet(temp);
  }
  fsyncDir(dir);
  try {
    lease.assertHeld();
  } catch (error) {
    throw new BatonError(
      "ECOMPROMISED",
      `${error.message}; the new content was written just as the lock was lost, so another process may overwrite it`,
      {
        file: path,
        hint: `check ${path} and run the command again`,
        cause: Object.assign(new Error("committed"), { committed: !0 })
      }
    );
  }
}
var retryable = (error) => error instanceof BatonError && (error.code === "ECOMPROMISED" || error.code === "ECHANGED");
async function lockedUpdate(target, change, options = {}) {
  let mayHaveCommitted = !1, early;
  if (options.precompute) {
    let bytes = readIfExists(target, "user")?.bytes;
    early = { bytes, change: await change(bytes, { n: 0, mayHaveCommitted }) };
  }
  for (let n = 1; ; n++)
    try {
      return await withLock(
        target,
        async (lease) => {
          let path = lease.target, before = readIfExists(path, "user")?.bytes;
          lease.assertHeld();
          let c = early !== void 0 && (early.bytes === void 0 ? before === void 0 : before?.equals(early.bytes) === !0) ? early.change : await change(before, { n, mayHaveCommitted });
          return c.content === void 0 ? lease.assertHeld() : commitFile(path, c.content, lease, before), c.result;
        },
        options
      );
    } catch (error) {
      if (error.cause?.committed && (mayHaveCommitted = !0), !retryable(error) || n >= UPDATE_ATTEMPTS) throw error;
    }
}

export {
  UPDATE_ATTEMPTS,
  commitFile,
  lockedUpdate
};
