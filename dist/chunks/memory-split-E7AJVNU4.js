import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  appendSection
} from "./chunk-N5JSGR2J.js";
import {
  withLock,
  withLocks,
  writeAtomic
} from "./chunk-H42AOXSD.js";
import "./chunk-EPG4AWW2.js";
import "./chunk-36L7OBIA.js";
import {
  fileError,
  readIfExists
} from "./chunk-AZTNGKD7.js";
import "./chunk-PURLVGXY.js";
import "./chunk-Z2XP3ZIP.js";
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  fsyncDir,
  publishExclusive,
  tempPath,
  writeNewFile
} from "./chunk-V2224OOU.js";
import "./chunk-PKRXNVHW.js";
import {
  formatStamp
} from "./chunk-C7KYYSDF.js";
import {
  batonDir
} from "./chunk-I4PBBIIT.js";
import "./chunk-WNQDCVTP.js";
import {
  require_fs
} from "./chunk-GT4VKGFU.js";
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

// src/io/memory-split.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var NameTaken = class extends Error {
};
function names(dir) {
  try {
    return new Set((0, import_node_fs.readdirSync)(dir));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function insideDir(dir, name) {
  let path = (0, import_node_path.resolve)(dir, name);
  if (!path.startsWith((0, import_node_path.resolve)(dir) + import_node_path.sep) || name.includes("/") || name.includes("\\"))
    throw new BatonError("EPATH", `refusing to write ${JSON.stringify(name)} outside ${dir}`, { file: path, hint: "this is a bug in baton; please report it" });
  return path;
}
function backupMemory(file, text, env, now) {
  let dir = (0, import_node_path.join)(batonDir(env), "backups");
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    let stem = `${formatStamp(now)}_${slugify((0, import_node_path.basename)((0, import_node_path.dirname)((0, import_node_path.dirname)(file))), "memory")}_${(0, import_node_path.basename)(file, ".md")}`;
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
      return (0, import_node_fs.linkSync)(temp, (0, import_node_path.join)(dir, name)), !0;
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
    throw fileError(error, "write", (0, import_node_path.join)(dir, name));
  } finally {
    (0, import_node_fs.rmSync)(temp, { force: !0 });
  }
}
async function writeTopic(dir, topic, lock) {
  let path = insideDir(dir, topic.file);
  return !topic.append && createTopic(dir, topic.file, topic.content) ? "created" : (await withLock(path, async (lease) => {
    await writeAtomic(path, appendSection(readIfExists(path) ?? "", topic.text), lease);
  }, lock), "appended");
}
async function splitMemory(file, options) {
  let dir = (0, import_node_path.dirname)(file), base = { file, missing: !1, changed: !1, dryRun: options.dryRun ?? !1, backup: void 0, plan: void 0, written: [] }, plan = async () => {
    let text = readIfExists(file);
    if (text === void 0) return { ...base, missing: !0 };
    let existing = names(dir), { planSplit } = await import("./split-XHBRXRFS.js");
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
      written.push({ path: (0, import_node_path.join)(dir, topic.file), action, from: topic.from, to: topic.to });
    }
    return fsyncDir(dir), await writeAtomic(file, p.index, indexLease), { ...base, changed: !0, backup, plan: p, written };
  }, lock);
}
export {
  backupMemory,
  insideDir,
  splitMemory
};
