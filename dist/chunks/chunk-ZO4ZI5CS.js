import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseName
} from "./chunk-52RVX4HS.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";

// src/io/store.ts
import { mkdirSync, readdirSync, readFileSync, accessSync, constants } from "node:fs";
import { join } from "node:path";
function fsError(error, what, file) {
  let code = error.code ?? "EIO", hints = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}'), or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EPERM: `check the permissions of ${file}, or point BATON_HANDOFF_DIR / --dir at a writable directory`,
    EROFS: `${file} is on a read-only file system; point BATON_HANDOFF_DIR / --dir at a writable directory`,
    ENOSPC: "the disk is full; free some space and run the command again (nothing was changed)",
    ENOTDIR: `${file} is not a directory; move that file away or use --dir`,
    EEXIST: `${file} is in the way; move it away or use --dir`
  };
  return new BatonError(code === "ENOTDIR" || code === "EEXIST" ? "ENOTDIR" : code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? "check that the path exists and is writable",
    cause: error
  });
}
function ensureDir(dir) {
  try {
    mkdirSync(dir, { recursive: !0, mode: 448 }), accessSync(dir, constants.W_OK);
  } catch (error) {
    throw fsError(error, "write to the handoff directory", dir);
  }
}
function listEntries(dir, options = {}) {
  let pending = [], consumed = [], litter = 0, dirents;
  try {
    dirents = readdirSync(dir, { withFileTypes: !0 });
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return { pending, consumed, litter };
    throw fsError(error, "read the handoff directory", dir);
  }
  for (let d of dirents) {
    if (options.pendingOnly && d.name.includes("_done") || (d.name.startsWith(".baton-") && litter++, !d.isFile() || !d.name.endsWith(".md"))) continue;
    let parsed = parseName(d.name);
    if (!parsed) continue;
    let entry = { ...parsed, name: d.name, path: join(dir, d.name) };
    (parsed.consumed ? consumed : pending).push(entry);
  }
  let byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return { pending: pending.sort(byName), consumed: consumed.sort(byName), litter };
}
function readRaw(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fsError(error, "read", path);
  }
}

export {
  fsError,
  ensureDir,
  listEntries,
  readRaw
};
