import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  remarkParse,
  unified
} from "./chunk-KYZYOAEM.js";

// src/core/memory/parse.ts
var INLINE = [
  "attention",
  "autolink",
  "characterEscape",
  "characterReference",
  "codeText",
  "labelStartImage",
  "labelStartLink",
  "labelEnd",
  "hardBreakEscape",
  "hardBreakTrailing",
  "htmlText"
], CHUNK_LINES = 1e3, LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
function parseOnce(source) {
  let processor = unified().use(remarkParse);
  return processor.data("micromarkExtensions", [{ disable: { null: INLINE } }]), processor.parse(source);
}
function shift(node, lines, offset) {
  let p = node.position;
  if (p && (p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset }, p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset }), "children" in node) for (let child of node.children) shift(child, lines, offset);
}
function parseBlocks(source, chunkLines = CHUNK_LINES) {
  let lines = source.match(LINE) ?? [];
  if (lines.length <= chunkLines) return parseOnce(source);
  let children = [], start = 0, offset = 0, size = chunkLines;
  for (; ; ) {
    let end = Math.min(lines.length, start + size), text = lines.slice(start, end).join(""), kids = parseOnce(text).children, cut = kids.length - 1;
    for (; cut > 0 && !(kids[cut].type === "heading" && kids[cut].position.start.line === kids[cut].position.end.line); )
      cut--;
    let next = cut > 0 ? kids[cut].position.start.line - 1 : 0;
    if (end === lines.length || next > 0) {
      let keep = end === lines.length ? kids : kids.slice(0, cut);
      for (let kid of keep) shift(kid, start, offset);
      if (children.push(...keep), end === lines.length) break;
      offset += lines.slice(start, start + next).reduce((n, l) => n + l.length, 0), start += next, size = chunkLines;
    } else size *= 2;
  }
  let last = lines.at(-1) ?? "", endLine = lines.length + (/[\r\n]$/.test(last) ? 1 : 0), endColumn = /[\r\n]$/.test(last) ? 1 : last.length + 1;
  return {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: endLine, column: endColumn, offset: source.length } }
  };
}

export {
  parseBlocks
};
