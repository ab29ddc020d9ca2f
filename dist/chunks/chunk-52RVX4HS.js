import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

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
function claimName(pendingName, host, pid, token) {
  return `${CLAIM_PREFIX}${hostTag(host)}-${pid}-${token}-${pendingName}`;
}
function parseClaimName(name) {
  let m = /^\.baton-claim-([a-z0-9]+)-(\d+)-[a-z0-9]+-(.+\.md)$/.exec(name);
  return m ? { host: m[1], pid: Number(m[2]), pendingName: m[3] } : void 0;
}

export {
  formatStamp,
  stampTime,
  candidateName,
  doneName,
  parseName,
  TEMP_PREFIX,
  CLAIM_PREFIX,
  hostTag,
  claimName,
  parseClaimName
};
