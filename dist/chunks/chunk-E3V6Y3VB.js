import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  bootTag,
  hostTag,
  judgeHolder,
  nsId,
  tempName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs,
  require_os
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

// src/io/toolkit/free-name.ts
var NAME_ATTEMPTS = 1e5;
function firstFree(nameFor, take, options) {
  let attempts = options.attempts ?? NAME_ATTEMPTS;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let name = nameFor(attempt);
    if (!options.skip?.(name))
      try {
        return take(name);
      } catch (error) {
        if (!hasCode(error, "EEXIST")) throw error;
      }
  }
  throw noFreeName(options.dir, nameFor(1), attempts);
}
function noFreeName(dir, first, attempts) {
  let message = `no free file name left in ${dir}: ${attempts} names like ${first} are all taken`;
  return new BatonError("EFULL", message, {
    file: dir,
    hint: `move old files out of ${dir} (nothing was overwritten), then run the command again`
  });
}

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
    self = {
      host: hostTag((0, import_node_os.hostname)()),
      pid: process.pid,
      start: ours ? procStart(process.pid) : 0,
      ns: ours ? ownNamespace() : "",
      boot: ownBoot()
    };
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
  return {
    host: hostTag(entry.host),
    pid: entry.pid,
    start: entry.pidStart,
    ns: entry.pidNs ?? "",
    boot: entry.boot ?? ""
  };
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

// src/io/toolkit/publish.ts
var import_node_fs2 = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function unlinkQuiet(path) {
  try {
    (0, import_node_fs2.unlinkSync)(path);
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
  }
}
function tempPath(dir) {
  return (0, import_node_path.join)(dir, tempName(selfHolder(), token()));
}
function writeNewFile(path, content, mode = 384) {
  let fd = (0, import_node_fs2.openSync)(path, "wx", mode);
  try {
    (0, import_node_fs2.writeFileSync)(fd, content), (0, import_node_fs2.fsyncSync)(fd);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function fsyncDir(dir) {
  try {
    let fd = (0, import_node_fs2.openSync)(dir, "r");
    try {
      (0, import_node_fs2.fsyncSync)(fd);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
  } catch {
  }
}
function noHardLinks(error) {
  return hasCode(error, "EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS");
}
function placeholder(target) {
  (0, import_node_fs2.closeSync)((0, import_node_fs2.openSync)(target, "wx", 384));
}
function linkOrPlaceholder(source, target) {
  try {
    (0, import_node_fs2.linkSync)(source, target);
  } catch (error) {
    if (!noHardLinks(error)) throw error;
    placeholder(target), (0, import_node_fs2.renameSync)(source, target);
  }
}
function publishExclusive(dir, nameFor, content, options = {}) {
  let temp = tempPath(dir);
  writeNewFile(temp, content, options.mode ?? 384);
  try {
    let target = firstFree(
      nameFor,
      (name) => (linkOrPlaceholder(temp, (0, import_node_path.join)(dir, name)), (0, import_node_path.join)(dir, name)),
      { dir, skip: options.taken, attempts: options.attempts }
    );
    return options.syncDir !== !1 && fsyncDir(dir), target;
  } finally {
    unlinkQuiet(temp);
  }
}

export {
  firstFree,
  procStart,
  selfHolder,
  judge,
  entryHolder,
  sessionPid,
  unlinkQuiet,
  tempPath,
  writeNewFile,
  fsyncDir,
  noHardLinks,
  placeholder,
  linkOrPlaceholder,
  publishExclusive
};
