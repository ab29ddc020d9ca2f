import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  entryHolder,
  judge,
  tempPath
} from "./chunk-E3V6Y3VB.js";
import {
  batonDir
} from "./chunk-2KJWADXC.js";
import {
  abandoned,
  parseTempName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/core/registry.ts
function parseRecord(raw) {
  let v;
  try {
    v = JSON.parse(raw);
  } catch {
    return;
  }
  if (typeof v != "object" || v === null) return;
  let e = v;
  if (e.baton !== 1 || typeof e.session != "string" || e.session === "" || typeof e.started != "string")
    return;
  let str = (k) => typeof e[k] == "string" ? e[k] : "", num = (k) => typeof e[k] == "number" && Number.isInteger(e[k]) ? e[k] : 0, claims = Array.isArray(e.claims) ? e.claims.flatMap((c) => {
    let o = c;
    return o && typeof o.path == "string" && typeof o.at == "string" ? [{ path: o.path, at: o.at }] : [];
  }) : [];
  return {
    baton: 1,
    session: e.session,
    pid: num("pid"),
    pidStart: num("pidStart"),
    pidNs: str("pidNs"),
    boot: str("boot"),
    host: str("host"),
    project: str("project"),
    worktree: str("worktree"),
    branch: str("branch"),
    started: str("started"),
    heartbeat: str("heartbeat") || str("started"),
    claims
  };
}
function staleReason(entry, probe) {
  let verdict = probe.judge(entry);
  if (verdict === "alive") return;
  if (verdict === "dead") return `process ${entry.pid} is gone`;
  let limit = probe.staleAfterMs ?? 18e5, idle = probe.now.getTime() - probe.lastSeenMs;
  if (idle > limit) return `no heartbeat for ${Math.round(idle / 6e4)} min`;
}
function lastSeen(entry, mtimeMs) {
  let recorded = Date.parse(entry.heartbeat);
  return Math.max(Number.isNaN(recorded) ? 0 : recorded, mtimeMs);
}
function claimHolder(entries, session, path) {
  return entries.find((e) => e.session !== session && e.claims.some((c) => c.path === path));
}
function withClaim(entry, path, at) {
  return entry.claims.some((c) => c.path === path) ? { ...entry, claims: [...entry.claims] } : { ...entry, claims: [...entry.claims, { path, at: at.toISOString() }] };
}
function withoutClaim(entry, path) {
  return { ...entry, claims: entry.claims.filter((c) => c.path !== path) };
}
function shortSession(session) {
  return session.length > 8 ? session.slice(0, 8) : session;
}

// src/io/session/registry.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function sessionsDir(env = process.env) {
  return (0, import_node_path.join)(batonDir(env), "sessions");
}
function safeSession(session) {
  return session.replace(/[^A-Za-z0-9_-]/g, "");
}
function recordFile(dir, session) {
  return (0, import_node_path.join)(dir, `${safeSession(session) || "unknown"}.json`);
}
function writeRecord(dir, entry) {
  (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
  let file = recordFile(dir, entry.session), temp = tempPath(dir), renamed = !1;
  try {
    (0, import_node_fs.writeFileSync)(temp, `${JSON.stringify(entry, null, 2)}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temp, file), renamed = !0;
  } finally {
    renamed || (0, import_node_fs.rmSync)(temp, { force: !0 });
  }
  return file;
}
function readRecord(dir, session) {
  try {
    return parseRecord((0, import_node_fs.readFileSync)(recordFile(dir, session), "utf8"));
  } catch {
    return;
  }
}
function touchRecord(dir, session, now) {
  try {
    return (0, import_node_fs.utimesSync)(recordFile(dir, session), now, now), !0;
  } catch (error) {
    if (hasCode(error, "ENOENT")) return !1;
    throw error;
  }
}
function removeRecord(dir, session) {
  (0, import_node_fs.rmSync)(recordFile(dir, session), { force: !0 });
}
function scanRegistry(dir, now, options = {}) {
  let judgeEntry = options.judge ?? ((entry) => judge(entryHolder(entry))), records = [], junk = [], names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return { records, junk };
    throw error;
  }
  for (let name of names) {
    let file = (0, import_node_path.join)(dir, name), raw, mtimeMs;
    try {
      mtimeMs = (0, import_node_fs.statSync)(file).mtimeMs, raw = name.endsWith(".json") ? (0, import_node_fs.readFileSync)(file, "utf8") : "";
    } catch {
      continue;
    }
    let entry = name.endsWith(".json") ? parseRecord(raw) : void 0;
    if (!entry) {
      let writer = parseTempName(name);
      abandoned(writer ? judge(writer) : "unknown", now.getTime() - mtimeMs, 6e4) && junk.push(file);
      continue;
    }
    let seen = lastSeen(entry, mtimeMs);
    records.push({
      entry,
      file,
      lastSeenMs: seen,
      mtimeMs,
      stale: staleReason(entry, { now, lastSeenMs: seen, judge: judgeEntry })
    });
  }
  return records.sort((a, b) => a.entry.started < b.entry.started ? -1 : a.entry.started > b.entry.started ? 1 : 0), { records, junk };
}
function pruneRegistry(scan) {
  let removed = [], stale = scan.records.filter((e) => e.stale !== void 0);
  for (let file of [...stale.map((e) => e.file), ...scan.junk])
    try {
      let seen = stale.find((e) => e.file === file);
      if (seen && (0, import_node_fs.statSync)(file).mtimeMs !== seen.mtimeMs) continue;
      (0, import_node_fs.rmSync)(file), removed.push(file);
    } catch {
    }
  return removed;
}

export {
  claimHolder,
  withClaim,
  withoutClaim,
  shortSession,
  sessionsDir,
  writeRecord,
  readRecord,
  touchRecord,
  removeRecord,
  scanRegistry,
  pruneRegistry
};
