import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  SAFE_GIT
} from "./chunk-A253VJLM.js";
import {
  require_child_process
} from "./chunk-2TFEABJ7.js";
import {
  parseHistory
} from "./chunk-ULK3WFFH.js";
import {
  MAX_UNTRUSTED,
  readUntrusted
} from "./chunk-XEMDHYH6.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  noteKey
} from "./chunk-76TKOTCD.js";
import {
  historyFile
} from "./chunk-2KJWADXC.js";
import {
  parseName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/history-read.ts
var MAX_INDEX = 256 * 1024 * 1024;
function readHistory(home, onWarning = () => {
}) {
  let path = historyFile(home);
  try {
    let read = readUntrusted(path, { maxBytes: MAX_INDEX, over: "tail" });
    return read ? parseHistory(read.bytes.toString("utf8")) : [];
  } catch (error) {
    let e = fileError(error, "read", path);
    return onWarning(`baton: the history index was not read: ${e.message}${e.hint ? `; ${e.hint}` : ""}`), [];
  }
}

// src/io/handoff/git-history.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1), import_node_child_process = __toESM(require_child_process(), 1);
function gitEnv() {
  let env = {};
  for (let [k, v] of Object.entries(process.env)) k.startsWith("GIT_") || (env[k] = v);
  return { ...env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat" };
}
function git(dir, args, input) {
  let r = (0, import_node_child_process.spawnSync)("git", [...SAFE_GIT, "-C", dir, ...args], {
    env: gitEnv(),
    input,
    timeout: 2e4,
    maxBuffer: 1073741824,
    stdio: ["pipe", "pipe", "ignore"]
  });
  return r.status === 0 && Buffer.isBuffer(r.stdout) ? r.stdout : void 0;
}
function isSyncRepo(dir) {
  return (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"));
}
function deletions(dir) {
  let out = git(dir, [
    "log",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--diff-filter=D",
    "--name-only",
    "-z",
    "--format=%x01%H%x02%cI"
  ]);
  if (!out) return [];
  let found = [], seen = /* @__PURE__ */ new Set(), commit = "", date = "";
  for (let token of out.toString("utf8").split("\0")) {
    let t = token.replace(/^\n/, "");
    if (t.startsWith("")) {
      [commit = "", date = ""] = t.slice(1).split("");
      continue;
    }
    let name = t.slice(t.lastIndexOf("/") + 1), key = noteKey(name);
    commit === "" || key === void 0 || t.includes(`
`) || seen.has(key) || !parseName(name) || (seen.add(key), found.push({ commit, date, path: t }));
  }
  return found;
}
function deletedNotes(dir) {
  if (!isSyncRepo(dir)) return [];
  let list = deletions(dir);
  if (list.length === 0) return [];
  let out = git(dir, ["cat-file", "--batch"], list.map((d) => `${d.commit}^:${d.path}
`).join(""));
  if (!out) return [];
  let notes = [], at = 0;
  for (let d of list) {
    let eol = out.indexOf(10, at);
    if (eol === -1) break;
    let header = out.subarray(at, eol).toString("utf8").split(" ");
    if (at = eol + 1, header[1] !== "blob") continue;
    let size = Number(header[2]);
    if (!Number.isInteger(size) || size < 0) break;
    let bytes = out.subarray(at, at + size);
    if (at += size + 1, size > MAX_UNTRUSTED) continue;
    let name = d.path.slice(d.path.lastIndexOf("/") + 1);
    notes.push({ name, path: d.path, commit: d.commit, deletedAt: d.date, raw: bytes.toString("utf8") });
  }
  return notes;
}

export {
  readHistory,
  isSyncRepo,
  deletedNotes
};
