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
function firstSentence(text, max = MAX_SUMMARY) {
  let flat = text.replace(/\s+/g, " ").trim(), end = /[.!?](?=\s|$)/.exec(flat), sentence = end ? flat.slice(0, end.index + 1) : flat;
  return clip(sentence, max);
}
function summarize(nodes, max = MAX_SUMMARY) {
  for (let node of nodes) {
    let text = plainText(node).trim();
    if (text !== "") return firstSentence(text, max);
  }
  return "";
}

export {
  plainText,
  clip,
  firstSentence,
  summarize
};
