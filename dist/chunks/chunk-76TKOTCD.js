import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseName
} from "./chunk-ZNZ4ZZC5.js";

// src/core/lineage.ts
function parentsOf(meta) {
  let p = meta.parents;
  return Array.isArray(p) ? p.filter((x) => typeof x == "string" && parseName(x) !== void 0) : [];
}
function noteKey(name) {
  let base = name.slice(name.lastIndexOf("/") + 1);
  return parseName(base)?.pendingName;
}
function walk(start, next) {
  let seen = /* @__PURE__ */ new Set([start]), out = [], frontier = [start];
  for (let generation = 1; frontier.length > 0; generation++) {
    let following = [];
    for (let key of frontier)
      for (let k of next(key))
        seen.has(k) || (seen.add(k), out.push({ key: k, generation }), following.push(k));
    frontier = following;
  }
  return out;
}
function lineageOf(key, nodes) {
  let parents = /* @__PURE__ */ new Map(), children = /* @__PURE__ */ new Map();
  for (let n of nodes) {
    parents.set(n.key, [...parents.get(n.key) ?? [], ...n.parents]);
    for (let p of n.parents) {
      let list = children.get(p);
      list ? list.push(n.key) : children.set(p, [n.key]);
    }
  }
  return {
    ancestors: walk(key, (k) => parents.get(k) ?? []),
    descendants: walk(key, (k) => children.get(k) ?? [])
  };
}
function renderLineage(lineage) {
  let line = (n) => `  ${(n.generation > 0 ? `+${n.generation}` : String(n.generation)).padStart(4)}  ${n.name}  ${[n.created, n.source, n.branch ? `branch ${n.branch}` : null].filter(Boolean).join("  ")}
`, part = (title, notes, none) => `${title}
${notes.length ? notes.map(line).join("") : `  ${none}
`}`;
  return part("Ancestors (the notes it continues), oldest first:", lineage.ancestors, "none recorded") + part("This note:", [lineage.note], "") + part("Descendants (the notes that continue it):", lineage.descendants, "none yet");
}

export {
  parentsOf,
  noteKey,
  lineageOf,
  renderLineage
};
