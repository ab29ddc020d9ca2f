import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  publishExclusive
} from "./chunk-WQ6HEJFG.js";
import {
  ensureDir
} from "./chunk-ZO4ZI5CS.js";
import {
  candidateName,
  doneName,
  formatStamp
} from "./chunk-52RVX4HS.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  parseHandoff,
  renderHandoff
} from "./chunk-HWJOO4M3.js";
import "./chunk-EGU3MAJP.js";

// src/io/legacy.ts
import { linkSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { existsSync } from "node:fs";
function importLegacy(home, dir) {
  let legacy = join(home, "context-handoff.md"), hold = `${legacy}.importing-${process.pid}`;
  try {
    renameSync(legacy, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw error;
  }
  try {
    let raw = readFileSync(hold, "utf8"), mtime = statSync(hold).mtime, doc = parseHandoff(raw);
    if (doc.body.trim() === "") {
      keepAsImported(hold, legacy);
      return;
    }
    ensureDir(dir);
    let meta = { baton: 1, created: mtime.toISOString(), session: "", ...doc.meta, legacy }, stamp = formatStamp(mtime), path = publishExclusive(dir, (n) => candidateName(stamp, "legacy-context-handoff", n), renderHandoff(meta, doc.body), {
      taken: (name) => existsSync(join(dir, doneName(name)))
    });
    return keepAsImported(hold, legacy), path;
  } catch (error) {
    try {
      linkSync(hold, legacy), rmSync(hold, { force: !0 });
    } catch {
    }
    throw error;
  }
}
function keepAsImported(hold, legacy) {
  for (let n = 1; n < 1e3; n++)
    try {
      linkSync(hold, n === 1 ? `${legacy}.imported` : `${legacy}.imported-${n}`), rmSync(hold, { force: !0 });
      return;
    } catch (error) {
      if (!hasCode(error, "EEXIST")) throw error;
    }
}
export {
  importLegacy
};
