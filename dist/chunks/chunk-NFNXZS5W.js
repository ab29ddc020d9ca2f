import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  slugify
} from "./chunk-U7LSB2QG.js";

// src/core/memory/topic.ts
var RESERVED = /* @__PURE__ */ new Set(["memory"]);
function nameFrom(stem, taken, first) {
  for (let n = Math.max(1, first); ; n++) {
    let candidate = n === 1 ? stem : `${stem}-${n}`;
    if (RESERVED.has(candidate)) continue;
    let name = `${candidate}.md`;
    if (!taken(name)) return { name, n };
  }
}
function topicNamer(taken = () => !1) {
  let used = /* @__PURE__ */ new Set(), next = /* @__PURE__ */ new Map();
  return (heading) => {
    let stem = slugify(heading, "topic"), { name, n } = nameFrom(stem, (candidate) => used.has(candidate) || taken(candidate), next.get(stem) ?? 1);
    return used.add(name), next.set(stem, n + 1), name;
  };
}
var yamlString = (value) => JSON.stringify(value);
function topicFrontmatter(name, description, type = "project") {
  let one = description.replace(/\s+/g, " ").trim();
  return `---
name: ${yamlString(name)}
description: ${yamlString(one)}
metadata:
  type: ${type}
---
`;
}
var withEol = (text) => text === "" || text.endsWith(`
`) ? text : `${text}
`;

export {
  topicNamer,
  topicFrontmatter,
  withEol
};
