import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

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
function judgeHolder(holder, self, probe) {
  if (holder.host !== self.host || holder.pid <= 0) return "unknown";
  if (holder.boot !== "" && self.boot !== "" && holder.boot !== self.boot) return "dead";
  if (holder.boot !== self.boot || holder.ns !== self.ns) return "unknown";
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
function claimName(pendingName, holder, token) {
  return `${CLAIM_PREFIX}${holderTag(holder)}-${token}-${pendingName}`;
}
var RESTORING = "r.", CLAIM = new RegExp(`^\\.baton-claim-${HOLDER_TAG}-(r\\.)?[a-z0-9]+-(.+\\.md)$`), OLD_CLAIM = /^\.baton-claim-([a-z0-9]+)-(\d+)-[a-z0-9]+-(.+\.md)$/;
function parseClaimName(name) {
  let m = CLAIM.exec(name);
  if (m) return { holder: holderFromMatch(m, 1), pendingName: m[7], restoring: m[6] !== void 0 };
  let old = OLD_CLAIM.exec(name), holder = old ? { host: old[1], pid: Number(old[2]), start: 0, ns: "", boot: "" } : void 0;
  return old && holder ? { holder, pendingName: old[3], restoring: !1 } : void 0;
}
function tempName(holder, token) {
  return `${TEMP_PREFIX}${holderTag(holder)}-${token}.tmp`;
}
function commitTempName(holder, tag, token) {
  return tempName(holder, `${tag}x${token}`);
}
function isCommitTempOf(name, tag) {
  return name.startsWith(TEMP_PREFIX) && name.endsWith(".tmp") && name.includes(`-${tag}x`);
}
var TEMP = new RegExp(`^\\.baton-tmp-${HOLDER_TAG}-`);
function parseTempName(name) {
  let m = TEMP.exec(name);
  return m ? holderFromMatch(m, 1) : void 0;
}
function importingName(holder, token) {
  return `importing-${holderTag(holder)}-${token}`;
}
var IMPORTING = new RegExp(`^importing-(?:${HOLDER_TAG}-[a-z0-9]+|(\\d+))$`);
function parseImportingName(suffix) {
  let m = IMPORTING.exec(suffix);
  if (m)
    return m[6] === void 0 ? holderFromMatch(m, 1) : { host: "", pid: Number(m[6]), start: 0, ns: "", boot: "" };
}

export {
  nsId,
  bootTag,
  judgeHolder,
  abandoned,
  formatStamp,
  stampTime,
  candidateName,
  doneName,
  parseName,
  TEMP_PREFIX,
  CLAIM_PREFIX,
  hostTag,
  claimName,
  RESTORING,
  parseClaimName,
  tempName,
  commitTempName,
  isCommitTempOf,
  parseTempName,
  importingName,
  parseImportingName
};
