import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseName,
  stampTime
} from "./chunk-ZNZ4ZZC5.js";

// src/core/sync.ts
var CLAIMS = "claims", MAX_REMOTE_BLOB = 8 * 1024 * 1024, MACHINE = /^[a-z0-9][a-z0-9-]{0,40}$/;
function isMachineId(id) {
  return MACHINE.test(id);
}
function machineIdFrom(hostTag, hex) {
  return `${hostTag.slice(0, 24) || "host"}-${hex.slice(0, 8)}`;
}
function claimPath(note, machine) {
  return `${CLAIMS}/${note}/${machine}`;
}
function parseLsTree(out) {
  let entries = [];
  for (let record of out.split("\0")) {
    if (record === "") continue;
    let tab = record.indexOf("	");
    if (tab < 0) continue;
    let [mode = "", type = "", sha = "", size = ""] = record.slice(0, tab).split(/ +/);
    entries.push({ mode, type, sha, size: size === "-" ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}
var REGULAR = /* @__PURE__ */ new Set(["100644", "100755"]);
function readTree(entries) {
  let tree = { notes: /* @__PURE__ */ new Map(), claims: /* @__PURE__ */ new Map(), claimShas: /* @__PURE__ */ new Map(), ignored: [] };
  for (let e of entries) {
    let regular = e.type === "blob" && REGULAR.has(e.mode), parts = e.path.split("/");
    if (regular && parts.length === 1) {
      let parsed = parseName(e.path);
      if (parsed && !parsed.consumed && e.size <= MAX_REMOTE_BLOB) {
        tree.notes.set(e.path, { sha: e.sha, size: e.size });
        continue;
      }
    }
    if (regular && parts.length === 3 && parts[0] === CLAIMS) {
      let [, note = "", machine = ""] = parts, parsed = parseName(note);
      if (parsed && !parsed.consumed && isMachineId(machine)) {
        tree.claims.set(note, [...tree.claims.get(note) ?? [], machine]), tree.claimShas.set(e.path, e.sha);
        continue;
      }
    }
    tree.ignored.push(e.path);
  }
  return tree;
}
var DAY = 864e5;
function ledgerHorizonDays(keepDays) {
  return Math.max(90, 10 * keepDays);
}
function prunableClaims(tree, now, keepDays) {
  let cutoff = now - ledgerHorizonDays(keepDays) * DAY, out = [];
  for (let path of tree.claimShas.keys()) {
    let note = path.split("/")[1] ?? "", parsed = parseName(note);
    parsed && !tree.notes.has(note) && stampTime(parsed.stamp) < cutoff && out.push(path);
  }
  return out;
}
function knownIn(trees, name) {
  return trees.some((t) => t.notes.has(name) || t.claims.has(name));
}
function blobsOf(trees, name) {
  return [...new Set(trees.flatMap((t) => t.notes.get(name)?.sha ?? []))];
}
function claimsByNote(paths) {
  let out = /* @__PURE__ */ new Map();
  for (let path of paths) {
    let [top, note = "", machine = ""] = path.split("/");
    top !== CLAIMS || !isMachineId(machine) || out.get(note)?.includes(machine) || out.set(note, [...out.get(note) ?? [], machine]);
  }
  return out;
}
function claimVerdict(tree, note, machine) {
  let claims = tree.claims.get(note) ?? [];
  return claims.some((m) => m !== machine) ? "lost" : claims.length > 0 ? "mine" : tree.notes.has(note) ? "free" : "gone";
}
function goneVerdict(claimedBy, machine) {
  return claimedBy?.some((m) => m !== machine) ? "lost" : claimedBy?.length ? "mine" : "unsent";
}
function claimText(machine, session, at, who) {
  return `${JSON.stringify({ machine, session, at, ...who ? { who } : {} })}
`;
}
function claimTime(text) {
  try {
    let at = JSON.parse(text).at, t = typeof at == "string" ? Date.parse(at) : Number.NaN;
    return Number.isNaN(t) ? void 0 : t;
  } catch {
    return;
  }
}
function normaliseRemote(url) {
  let u = url.trim(), host = "", path = u, scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(u);
  if (scheme) {
    let rest = scheme[2];
    if (scheme[1].toLowerCase() === "file") path = rest;
    else {
      let slash = rest.indexOf("/");
      host = slash < 0 ? rest : rest.slice(0, slash), path = slash < 0 ? "" : rest.slice(slash);
    }
  } else {
    let scp = /^(?:[^@/]+@)?([^:/]+):(.*)$/.exec(u);
    scp && !/^[a-z]:[\\/]/i.test(u) && (host = scp[1], path = `/${scp[2]}`);
  }
  return host = host.replace(/^[^@]*@/, "").replace(/:\d+$/, "").toLowerCase(), path = path.replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, ""), host === "" ? path : (u = `${host}/${path.replace(/^\/+/, "")}`, u);
}
function isLocalRemote(url) {
  return /^file:\/\//i.test(url) ? !0 : !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]*:/.test(url);
}

export {
  CLAIMS,
  MAX_REMOTE_BLOB,
  isMachineId,
  machineIdFrom,
  claimPath,
  parseLsTree,
  readTree,
  prunableClaims,
  knownIn,
  blobsOf,
  claimsByNote,
  claimVerdict,
  goneVerdict,
  claimText,
  claimTime,
  normaliseRemote,
  isLocalRemote
};
