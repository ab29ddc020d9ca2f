import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseBlocks
} from "./chunk-LRVVQJZT.js";

// src/core/memory/comments.ts
var LAZY = /* @__PURE__ */ new Set(["paragraph", "blockquote", "list"]);
function commentBlocks(text) {
  let spans = [], nodes = parseBlocks(text).children;
  for (let [i, node] of nodes.entries()) {
    if (node.type !== "html" || !node.position || !node.value.trimStart().startsWith("<!--") || !node.value.includes("-->")) continue;
    let before = nodes[i - 1], underText = before && LAZY.has(before.type) && before.position?.end.line === node.position.start.line - 1, end = node.position.end.offset ?? 0, start = text.lastIndexOf(`
`, (node.position.start.offset ?? 0) - 1) + 1;
    underText && text[start] === " " || spans.push({ start, end });
  }
  return spans;
}

export {
  commentBlocks
};
