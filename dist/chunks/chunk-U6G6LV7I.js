import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  bootTag,
  hostTag,
  judgeHolder,
  nsId
} from "./chunk-EDTFKMT2.js";
import {
  require_fs,
  require_os
} from "./chunk-A7WFTUUA.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/proc.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1);
var SHELLS = /* @__PURE__ */ new Set(["sh", "dash", "bash", "zsh", "ash", "busybox"]);
function statFields(pid) {
  try {
    let raw = (0, import_node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8");
    return raw.slice(raw.lastIndexOf(")") + 2).split(" ");
  } catch {
    return;
  }
}
function procStart(pid) {
  let f = statFields(pid);
  return f && Number(f[19]) || 0;
}
function ownNamespace() {
  try {
    return nsId((0, import_node_fs.readlinkSync)("/proc/self/ns/pid"));
  } catch {
    return "";
  }
}
function ownBoot() {
  try {
    return bootTag((0, import_node_fs.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8"));
  } catch {
    return "";
  }
}
function procIsOurs() {
  try {
    return Number.parseInt((0, import_node_fs.readFileSync)("/proc/self/stat", "utf8"), 10) === process.pid;
  } catch {
    return !1;
  }
}
var self;
function selfHolder() {
  if (!self) {
    let ours = procIsOurs();
    self = { host: hostTag((0, import_node_os.hostname)()), pid: process.pid, start: ours ? procStart(process.pid) : 0, ns: ours ? ownNamespace() : "", boot: ownBoot() };
  }
  return self;
}
var probePid = (pid) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return { running: !1 };
  }
  if (selfHolder().start === 0) return { running: !0, start: 0 };
  let f = statFields(pid);
  return f?.[0] === "Z" || f?.[0] === "X" ? { running: !1 } : { running: !0, start: f && Number(f[19]) || 0 };
};
function judge(holder) {
  return judgeHolder(holder, selfHolder(), probePid);
}
function entryHolder(entry) {
  return { host: hostTag(entry.host), pid: entry.pid, start: entry.pidStart, ns: entry.pidNs ?? "", boot: entry.boot ?? "" };
}
function sessionPid() {
  let parent = process.ppid, comm = "";
  try {
    comm = (0, import_node_fs.readFileSync)(`/proc/${parent}/comm`, "utf8").trim();
  } catch {
    return parent;
  }
  if (!SHELLS.has(comm)) return parent;
  let grand = Number(statFields(parent)?.[1]);
  return Number.isInteger(grand) && grand > 1 ? grand : parent;
}

export {
  procStart,
  selfHolder,
  judge,
  entryHolder,
  sessionPid
};
