import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_fs,
  require_os,
  token
} from "./chunk-QTWDPPQJ.js";
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

// src/core/liveness.ts
function nsId(link) {
  return /^pid:\[(\d+)\]$/.exec(link)?.[1] ?? "";
}
function bootTag(bootId) {
  return bootId.toLowerCase().replace(/[^0-9a-f]/g, "").slice(0, 12);
}
function holderTag(holder) {
  return `${holder.host}-${holder.pid}.${holder.start}.${holder.ns || "0"}.${holder.boot || "0"}`;
}
var HOLDER_TAG = "([a-z0-9]+)-(\\d+)\\.(\\d+)\\.(\\d+)\\.([0-9a-f]+)";
function holderFromMatch(m, at) {
  let [host, pid, start, ns, boot] = m.slice(at, at + 5);
  return { host, pid: Number(pid), start: Number(start), ns: ns === "0" ? "" : ns, boot: boot === "0" ? "" : boot };
}
function judgeHolder(holder, self2, probe) {
  if (holder.host !== self2.host || holder.pid <= 0) return "unknown";
  if (holder.boot !== "" && self2.boot !== "" && holder.boot !== self2.boot) return "dead";
  if (holder.boot !== self2.boot || holder.ns !== self2.ns) return "unknown";
  let found = probe(holder.pid);
  return found.running ? holder.start > 0 && found.start > 0 ? holder.start === found.start ? "alive" : "dead" : "unknown" : "dead";
}
function abandoned(verdict, ageMs, limitMs) {
  return verdict === "alive" ? !1 : verdict === "dead" ? !0 : ageMs > limitMs;
}

// src/core/names.ts
var pad = (n, width = 2) => String(n).padStart(width, "0");
function formatStamp(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}_${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
function stampTime(stamp) {
  let [y, mo, d, h, mi, s] = [0, 5, 8, 11, 13, 15].map((at, i) => Number(stamp.slice(at, at + (i === 0 ? 4 : 2))));
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}
function candidateName(stamp, slug, attempt) {
  return attempt <= 1 ? `${stamp}_${slug}.md` : `${stamp}_${slug}-${attempt}.md`;
}
function doneName(pendingName, attempt = 1) {
  let stem = pendingName.slice(0, -3);
  return attempt <= 1 ? `${stem}_done.md` : `${stem}_done-${attempt}.md`;
}
var NAME = /^(\d{4}-\d{2}-\d{2}_\d{6})_([a-z0-9][a-z0-9-]*)(_done(?:-\d+)?)?\.md$/;
function parseName(name) {
  let m = NAME.exec(name);
  if (!m) return;
  let [, stamp, slug, done] = m;
  return { stamp, slug, consumed: done !== void 0, pendingName: `${stamp}_${slug}.md` };
}
var TEMP_PREFIX = ".baton-tmp-", CLAIM_PREFIX = ".baton-claim-";
function hostTag(host) {
  return host.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 24) || "host";
}
function claimName(pendingName, holder, token2) {
  return `${CLAIM_PREFIX}${holderTag(holder)}-${token2}-${pendingName}`;
}
var RESTORING = "r.", CLAIM = new RegExp(`^\\.baton-claim-${HOLDER_TAG}-(r\\.)?[a-z0-9]+-(.+\\.md)$`), OLD_CLAIM = /^\.baton-claim-([a-z0-9]+)-(\d+)-[a-z0-9]+-(.+\.md)$/;
function parseClaimName(name) {
  let m = CLAIM.exec(name);
  if (m) return { holder: holderFromMatch(m, 1), pendingName: m[7], restoring: m[6] !== void 0 };
  let old = OLD_CLAIM.exec(name), holder = old ? { host: old[1], pid: Number(old[2]), start: 0, ns: "", boot: "" } : void 0;
  return old && holder ? { holder, pendingName: old[3], restoring: !1 } : void 0;
}
function tempName(holder, token2) {
  return `${TEMP_PREFIX}${holderTag(holder)}-${token2}.tmp`;
}
var TEMP = new RegExp(`^\\.baton-tmp-${HOLDER_TAG}-`);
function parseTempName(name) {
  let m = TEMP.exec(name);
  return m ? holderFromMatch(m, 1) : void 0;
}
function importingName(holder, token2) {
  return `importing-${holderTag(holder)}-${token2}`;
}
var IMPORTING = new RegExp(`^importing-(?:${HOLDER_TAG}-[a-z0-9]+|(\\d+))$`);
function parseImportingName(suffix) {
  let m = IMPORTING.exec(suffix);
  if (m)
    return m[6] === void 0 ? holderFromMatch(m, 1) : { host: "", pid: Number(m[6]), start: 0, ns: "", boot: "" };
}

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
  abandoned,
  formatStamp,
  stampTime,
  candidateName,
  doneName,
  parseName,
  TEMP_PREFIX,
  CLAIM_PREFIX,
  claimName,
  RESTORING,
  parseClaimName,
  parseTempName,
  importingName,
  parseImportingName,
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
