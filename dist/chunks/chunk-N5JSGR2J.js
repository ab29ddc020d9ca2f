import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  slugify
} from "./chunk-U7LSB2QG.js";

// src/core/memory/topic.ts
var RESERVED = /* @__PURE__ */ new Set(["memory"]);
function topicFileName(heading, taken) {
  let stem = slugify(heading, "topic");
  for (let n = 1; ; n++) {
    let candidate = n === 1 ? stem : `${stem}-${n}`;
    if (RESERVED.has(candidate)) continue;
    let name = `${candidate}.md`;
    if (!taken(name)) return name;
  }
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
function appendSection(existing, section) {
  return withEol(existing) + withEol(section);
}

export {
  topicFileName,
  topicFrontmatter,
  withEol,
  appendSection
};
