import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  withEol
} from "./chunk-NFNXZS5W.js";
import {
  decodeUtf8
} from "./chunk-VWTCETGB.js";
import {
  commitFile,
  lockedUpdate
} from "./chunk-PE2KOFPH.js";
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  fsyncDir,
  publishExclusive
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  withLocks
} from "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import {
  batonDir
} from "./chunk-2KJWADXC.js";
import "./chunk-QUAZ5LVA.js";
import {
  formatStamp
} from "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
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

// src/io/memory/split.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function names(dir) {
  return new Set(namesIn(dir));
}
function insideDir(dir, name) {
  let path = (0, import_node_path.resolve)(dir, name);
  if (!path.startsWith((0, import_node_path.resolve)(dir) + import_node_path.sep) || name.includes("/") || name.includes("\\"))
    throw new BatonError("EPATH", `refusing to write ${JSON.stringify(name)} outside ${dir}`, {
      file: path,
      hint: "this is a bug in baton; please report it"
    });
  return path;
}
function backupMemory(file, bytes, env, now) {
  let dir = (0, import_node_path.join)(batonDir(env), "backups");
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    let stem = `${formatStamp(now)}_${slugify((0, import_node_path.basename)((0, import_node_path.dirname)((0, import_node_path.dirname)(file))), "memory")}_${(0, import_node_path.basename)(file, ".md")}`;
    return publishExclusive(dir, (n) => n === 1 ? `${stem}.md` : `${stem}-${n}.md`, bytes);
  } catch (error) {
    throw fileError(error, "back up MEMORY.md to", dir);
  }
}
function createTopic(dir, name, content) {
  try {
    return publishExclusive(dir, () => name, content, { mode: 420, attempts: 1, syncDir: !1 }), !0;
  } catch (error) {
    if (error instanceof BatonError && error.code === "EFULL") return !1;
    throw fileError(error, "write", (0, import_node_path.join)(dir, name));
  }
}
function appendBytes(existing, section) {
  let head = existing ?? Buffer.alloc(0), eol = head.length > 0 && head[head.length - 1] !== 10 ? `
` : "";
  return Buffer.concat([head, Buffer.from(eol + withEol(section))]);
}
async function writeTopic(dir, topic, lock) {
  let path = insideDir(dir, topic.file);
  return !topic.append && createTopic(dir, topic.file, topic.content) ? "created" : (await lockedUpdate(path, (current) => ({ content: appendBytes(current, topic.text), result: void 0 }), lock), "appended");
}
function topicFacts(dir, name, existing, parse) {
  if (existing.has(name))
    try {
      let bytes = readIfExists(insideDir(dir, name), "untrusted")?.bytes;
      if (bytes === void 0) return;
      let meta = parse(bytes.toString("utf8")).meta, type = meta.metadata?.type ?? meta.type;
      return { type: typeof type == "string" ? type : void 0 };
    } catch {
      return;
    }
}
var OPTIMISTIC_TRIES = 3;
function stoppedPartWay(error, file, backup, written) {
  let files = written.map((w) => `${(0, import_node_path.basename)(w.path)} (${w.action})`).join(", ") || "none";
  return new BatonError(
    error.code,
    `${error.message}. Split stopped before rewriting the index, which still holds every section; topic files written so far: ${files}`,
    {
      file,
      hint: `nothing is lost: the original is also in ${backup}. Delete the topic files this run created (and the sections it appended at the end of others), then run split again`,
      cause: error
    }
  );
}
async function commit(file, first, replan, options, lock, dirLease, indexLease) {
  let dir = (0, import_node_path.dirname)(file), now = readIfExists(file, "user")?.bytes;
  indexLease.assertHeld();
  let planned = first;
  if (now === void 0 || !now.equals(first.bytes)) {
    let again = replan === void 0 ? void 0 : await replan();
    if (again === void 0) return replan === void 0 ? "changed" : "missing";
    if (!again.p.changed) return { changed: !1, backup: void 0, plan: again.p, written: [] };
    planned = again;
  }
  let backup = backupMemory(file, planned.bytes, options.env, options.now), written = [];
  try {
    for (let topic of planned.p.topics) {
      dirLease.assertHeld(), indexLease.assertHeld();
      let action = await writeTopic(dir, topic, lock);
      written.push({ path: (0, import_node_path.join)(dir, topic.file), action, from: topic.from, to: topic.to });
    }
    fsyncDir(dir), dirLease.assertHeld(), commitFile(indexLease.target, planned.p.index, indexLease, planned.bytes);
  } catch (error) {
    throw error instanceof BatonError && (error.code === "ECOMPROMISED" || error.code === "ECHANGED") ? stoppedPartWay(error, file, backup, written) : error;
  }
  return { changed: !0, backup, plan: planned.p, written };
}
async function splitMemory(file, options) {
  let dir = (0, import_node_path.dirname)(file), base = {
    file,
    missing: !1,
    changed: !1,
    dryRun: options.dryRun ?? !1,
    backup: void 0,
    plan: void 0,
    written: []
  }, plan = async () => {
    let bytes = readIfExists(file, "user")?.bytes;
    if (bytes === void 0) return;
    let text = decodeUtf8(bytes, file, "split it"), existing = names(dir), { planSplit } = await import("./split-YXU5ZTNN.js"), { parseHandoff } = await import("./frontmatter-U2W4Q54S.js"), facts = (name) => topicFacts(dir, name, existing, parseHandoff);
    return {
      bytes,
      p: planSplit(text, {
        maxLines: options.maxLines,
        maxChars: options.maxChars,
        exists: (n) => existing.has(n),
        facts
      })
    };
  }, lock = options.lock ?? { env: options.env };
  for (let attempt = 1; ; attempt++) {
    let planned = await plan();
    if (planned === void 0) return { ...base, missing: !0 };
    if (options.dryRun || !planned.p.changed) return { ...base, changed: planned.p.changed, plan: planned.p };
    let replan = attempt >= OPTIMISTIC_TRIES ? plan : void 0, done = await withLocks(
      [dir, file],
      ([dirLease, indexLease]) => commit(file, planned, replan, options, lock, dirLease, indexLease),
      lock
    );
    if (done === "missing") return { ...base, missing: !0 };
    if (done !== "changed") return { ...base, ...done };
  }
}
export {
  splitMemory
};
