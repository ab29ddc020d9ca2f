import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/memory/summary.ts
function stripInline(text) {
  return text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<(https?:[^>\s]+)>/g, "$1").replace(/<\/?[a-zA-Z][^>]*>/g, "").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
var MAX_SUMMARY = 100;
function plainText(node) {
  if (node.type === "text") return stripInline(node.value);
  if (node.type === "inlineCode") return node.value;
  if (node.type === "image") return node.alt ?? "";
  if (node.type === "break") return " ";
  if (node.type === "code" || node.type === "html" || node.type === "yaml") return "";
  if ("children" in node) {
    let sep = node.type === "paragraph" || node.type === "heading" || node.type === "tableCell" ? "" : " ";
    return node.children.map(plainText).join(sep);
  }
  return "";
}
function clip(text, max) {
  if (text.length <= max) return text;
  let room = text.slice(0, max - 1), space = room.lastIndexOf(" ");
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, "")}\u2026`;
}
var SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|cf|incl|approx|esp|resp|viz))[.!?]["'’”)\]]*(?=\s+[^\s\p{Ll}]|\s*$)/gu;
function sentences(flat) {
  let out = [], at = 0;
  for (let m of flat.matchAll(SENTENCE_END)) {
    let end = m.index + m[0].length;
    out.push(flat.slice(at, end).trim()), at = end;
  }
  let rest = flat.slice(at).trim();
  return rest !== "" && out.push(rest), out;
}
function firstSentence(text, max = MAX_SUMMARY) {
  return fromSentences(sentences(text.replace(/\s+/g, " ").trim()), max);
}
function fromSentences(parts, max) {
  let out = "";
  for (let [i, part] of parts.entries()) {
    let next = out === "" ? part : `${out} ${part}`;
    if (next.length > max) break;
    if (out = next, !part.endsWith("?") || i === parts.length - 1) return out;
  }
  if (out !== "") return "";
  let first = parts[0] ?? "";
  return first.endsWith("?") ? "" : clip(first, max);
}
function summarize(nodes, max = MAX_SUMMARY) {
  let parts = nodes.flatMap((node) => sentences(plainText(node).replace(/\s+/g, " ").trim()));
  return fromSentences(parts, max);
}

export {
  plainText,
  clip,
  firstSentence,
  summarize
};
