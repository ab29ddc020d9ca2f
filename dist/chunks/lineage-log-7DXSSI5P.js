import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  deletedNotes,
  isSyncRepo,
  readHistory
} from "./chunk-MLZDF3EP.js";
import "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import "./chunk-ULK3WFFH.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  listHandoffs
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import {
  readUntrusted
} from "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import {
  lineageOf,
  noteKey,
  parentsOf
} from "./chunk-76TKOTCD.js";
import "./chunk-2KJWADXC.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/io/handoff/lineage-log.ts
var HEAD = 64 * 1024, str = (v) => typeof v == "string" && v !== "" ? v : null;
async function knownNotes(dir, home, warnings) {
  let known = /* @__PURE__ */ new Map(), add = (name, source, meta) => {
    let key = noteKey(name);
    if (key === void 0 || known.has(key)) return;
    let parents = parentsOf(meta).flatMap((p) => noteKey(p) ?? []);
    known.set(key, {
      key,
      name,
      source,
      created: str(meta.created),
      branch: str(meta.branch),
      project: str(meta.project),
      parents
    });
  }, { pending, consumed } = listHandoffs(dir);
  for (let f of [...consumed, ...pending]) {
    let bytes;
    try {
      bytes = readUntrusted(f.path, { maxBytes: HEAD, over: "head" })?.bytes;
    } catch {
      continue;
    }
    bytes && add(f.name, f.consumed ? "consumed" : "pending", (await parseDoc(bytes.toString("utf8"))).meta);
  }
  if (isSyncRepo(dir)) for (let n of deletedNotes(dir)) add(n.name, "git", (await parseDoc(n.raw)).meta);
  let history = readHistory(home, (w) => warnings.push(w));
  for (let i = history.length - 1; i >= 0; i--) {
    let e = history[i];
    add(e.file, "history", { ...e });
  }
  return known;
}
async function handoffLineage(dir, home, name) {
  let warnings = [], key = noteKey(name.endsWith(".md") ? name : `${name}.md`), known = await knownNotes(dir, home, warnings), nodes = [...known.values()];
  if (key === void 0 || !known.has(key) && !nodes.some((n) => n.parents.includes(key)))
    throw new BatonError("ENOENT", `no handoff named "${name}" is known`, {
      hint: "give a file name such as 2026-11-20_101500_main_done.md; find one with: baton handoff search WORD --all"
    });
  let note = (k, generation) => {
    let n = known.get(k), { parents: _parents, ...facts } = n ?? {
      key: k,
      name: k,
      source: "unknown",
      created: null,
      branch: null,
      project: null,
      parents: []
    };
    return { ...facts, generation };
  }, { ancestors, descendants } = lineageOf(key, nodes);
  return {
    lineage: {
      note: note(key, 0),
      ancestors: ancestors.map((r) => note(r.key, -r.generation)).reverse(),
      descendants: descendants.map((r) => note(r.key, r.generation))
    },
    warnings
  };
}
export {
  handoffLineage
};
