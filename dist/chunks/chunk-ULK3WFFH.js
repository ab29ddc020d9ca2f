import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parentsOf
} from "./chunk-76TKOTCD.js";
import {
  parseName
} from "./chunk-ZNZ4ZZC5.js";

// src/core/history.ts
var str = (v) => typeof v == "string" ? v : "";
function historyEntry(file, meta, facts) {
  return {
    v: 1,
    file,
    created: str(meta.created),
    project: str(meta.project),
    branch: str(meta.branch),
    session: str(meta.session),
    parents: parentsOf(meta),
    consumedAt: str(meta.consumed?.at),
    consumedBy: str(meta.consumed?.by),
    summary: facts.summary.slice(0, 500),
    sections: facts.sections.map((s) => s.slice(0, 200)).slice(0, 50),
    deleted: facts.deleted.toISOString()
  };
}
function firstLine(text) {
  return (text.split(`
`).map((l) => l.trim()).find((l) => l !== "") ?? "").slice(0, 500);
}
function parseHistory(text) {
  let entries = [];
  for (let line of text.split(`
`)) {
    if (line.trim() === "") continue;
    let v;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof v != "object" || v === null) continue;
    let e = v;
    if (e.v !== 1 || typeof e.file != "string" || parseName(e.file) === void 0) continue;
    let list = (x) => Array.isArray(x) ? x.filter((s) => typeof s == "string") : [];
    entries.push({
      v: 1,
      file: e.file,
      created: str(e.created),
      project: str(e.project),
      branch: str(e.branch),
      session: str(e.session),
      parents: list(e.parents).filter((p) => parseName(p) !== void 0),
      consumedAt: str(e.consumedAt),
      consumedBy: str(e.consumedBy),
      summary: str(e.summary),
      sections: list(e.sections),
      deleted: str(e.deleted)
    });
  }
  return entries;
}

export {
  historyEntry,
  firstLine,
  parseHistory
};
