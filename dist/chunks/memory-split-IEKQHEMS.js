import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  appendSection
} from "./chunk-N5JSGR2J.js";
import {
  writeAtomic
} from "./chunk-2EY75CZT.js";
import {
  withLock,
  withLocks
} from "./chunk-NGTVWZZT.js";
import "./chunk-36L7OBIA.js";
import {
  fileError,
  readIfExists
} from "./chunk-E6EZFKTY.js";
import "./chunk-6ZKVROHM.js";
import "./chunk-Z2XP3ZIP.js";
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  publishExclusive,
  tempPath,
  writeNewFile
} from "./chunk-WQ6HEJFG.js";
import {
  formatStamp
} from "./chunk-52RVX4HS.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-5SMAUFA2.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  batonDir
} from "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";

// src/io/memory-split.ts
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
var NameTaken = class extends Error {
};
function names(dir) {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function insideDir(dir, name) {
  let path = resolve(dir, name);
  if (!path.startsWith(resolve(dir) + sep) || name.includes("/") || name.includes("\\"))
    throw new BatonError("EPATH", `refusing to write ${JSON.stringify(name)} outside ${dir}`, { file: path, hint: "this is a bug in baton; please report it" });
  return path;
}
function backupMemory(file, text, env, now) {
  let dir = join(batonDir(env), "backups");
  try {
    mkdirSync(dir, { recursive: !0, mode: 448 });
    let stem = `${formatStamp(now)}_${slugify(basename(dirname(dirname(file))), "memory")}_${basename(file, ".md")}`;
    return publishExclusive(dir, (n) => n === 1 ? `${stem}.md` : `${stem}-${n}.md`, text);
  } catch (error) {
    throw fileError(error, "back up MEMORY.md to", dir);
  }
}
function createTopic(dir, name, content) {
  let temp = tempPath(dir);
  try {
    writeNewFile(temp, content, 420);
    try {
      return linkSync(temp, join(dir, name)), !0;
    } catch (error) {
      if (hasCode(error, "EEXIST")) return !1;
      if (!hasCode(error, "EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS")) throw error;
      try {
        return publishExclusive(dir, (n) => {
          if (n > 1) throw new NameTaken();
          return name;
        }, content, { mode: 420 }), !0;
      } catch (inner) {
        if (inner instanceof NameTaken) return !1;
        throw inner;
      }
    }
  } catch (error) {
    throw fileError(error, "write", join(dir, name));
  } finally {
    rmSync(temp, { force: !0 });
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
async function writeTopic(dir, topic, lock) {
  let path = insideDir(dir, topic.file);
  return !topic.append && createTopic(dir, topic.file, topic.content) ? "created" : (await withLock(path, async (lease) => {
    await writeAtomic(path, appendSection(readIfExists(path) ?? "", topic.text), lease);
  }, lock), "appended");
}
async function splitMemory(file, options) {
  let dir = dirname(file), base = { file, missing: !1, changed: !1, dryRun: options.dryRun ?? !1, backup: void 0, plan: void 0, written: [] }, plan = async () => {
    let text = readIfExists(file);
    if (text === void 0) return { ...base, missing: !0 };
    let existing = names(dir), { planSplit } = await import("./split-ROXIYNKS.js");
    return { text, p: planSplit(text, { maxLines: options.maxLines, maxChars: options.maxChars, exists: (n) => existing.has(n) }) };
  };
  if (options.dryRun) {
    let planned = await plan();
    return "file" in planned ? planned : { ...base, changed: planned.p.changed, plan: planned.p };
  }
  let lock = options.lock ?? { env: options.env };
  return withLocks([dir, file], async ([, indexLease]) => {
    let planned = await plan();
    if ("file" in planned) return planned;
    let { text, p } = planned;
    if (!p.changed) return { ...base, plan: p };
    let backup = backupMemory(file, text, options.env, options.now), written = [];
    for (let topic of p.topics) {
      let action = await writeTopic(dir, topic, lock);
      written.push({ path: join(dir, topic.file), action, from: topic.from, to: topic.to });
    }
    return fsyncDir(dir), await writeAtomic(file, p.index, indexLease), { ...base, changed: !0, backup, plan: p, written };
  }, lock);
}
export {
  backupMemory,
  insideDir,
  splitMemory
};
