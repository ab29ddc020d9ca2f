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

// src/core/memory/index-entries.ts
var parseInline = (line) => unified().use(remarkParse).parse(line);
function splitLinesKeep(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function plain(node) {
  return node.type === "text" || node.type === "inlineCode" ? node.value : "children" in node ? node.children.map(plain).join("") : "";
}
function firstLink(node) {
  if (node.type === "link" && node.position?.start.line === 1) return node;
  if ("children" in node)
    for (let child of node.children) {
      let found = firstLink(child);
      if (found) return found;
    }
}
var Item = class {
  constructor(line, endLine, raw) {
    this.line = line;
    this.endLine = endLine;
    this.raw = raw;
  }
  line;
  endLine;
  raw;
  #entry;
  /** The entry with its link parsed (inline markdown, this line only). */
  get entry() {
    if (this.#entry) return this.#entry;
    let link = firstLink(parseInline(this.raw)), label = link ? void 0 : this.raw.split(/:|\s[—–-]\s/)[0].trim() || void 0;
    return this.#entry = {
      line: this.line,
      endLine: this.endLine,
      target: link?.url,
      text: link ? plain(link) : void 0,
      label
    }, this.#entry;
  }
  /**
   * False when `key` cannot be this item's target, link text or label
   * (escapes, entities, emphasis and code are left to the parse).
   */
  mayBe(key) {
    return this.raw.includes(key) || /[\\&*_`<]/.test(this.raw);
  }
};
function items(text) {
  let out = [], walk = (node) => {
    if (!(node.type === "blockquote" || node.type === "code" || node.type === "html")) {
      if (node.type === "listItem") {
        let first = node.children[0];
        if (first?.type === "paragraph" && node.position && first.position && first.position.start.line === node.position.start.line) {
          let from = first.position.start.offset ?? 0, eol = text.indexOf(`
`, from);
          out.push(
            new Item(
              node.position.start.line,
              node.position.end.line,
              text.slice(from, eol === -1 ? void 0 : eol).replace(/\r$/, "")
            )
          );
        }
      }
      if ("children" in node) for (let child of node.children) walk(child);
    }
  };
  return walk(parseBlocks(text)), out;
}
function indexEntries(text) {
  return items(text).map((i) => i.entry);
}
function insertionIndex(text, all, lines) {
  let last = [...all].reverse().find((i) => i.entry.target !== void 0);
  if (last) {
    let linkedParents = all.filter(
      (i) => i.line < last.line && i.endLine >= last.line && i.entry.target !== void 0
    );
    return Math.max(last.endLine, ...linkedParents.map((i) => i.endLine));
  }
  let heading = parseBlocks(text).children.find((n) => n.type === "heading" && n.depth >= 2);
  return heading?.position ? heading.position.start.line - 1 : lines;
}
function upsertEntry(text, entry, key) {
  if (/[\r\n]/.test(entry)) throw new TypeError("Expected `entry` to be one line");
  let asItem = (s) => items(s)[0]?.entry, line = asItem(entry.trim()) ? entry.trimEnd() : `- ${entry.trim()}`, own = asItem(line), k = key ?? own?.target;
  if (k === void 0 || k === "") throw new TypeError("Expected `entry` to hold a markdown link, or a `key`");
  let all = items(text), find = (name, test) => all.find((i) => i.mayBe(name) && test(i.entry)), found = find(k, (e) => key === void 0 ? e.target === k : e.target === k || e.text === k || e.label === k) ?? (own?.target !== void 0 ? find(own.target, (e) => e.target === own.target) : own?.label !== void 0 ? find(own.label, (e) => e.label === own.label) : void 0), lines = splitLinesKeep(text), eol = /\r\n/.test(text) ? `\r
` : `
`;
  if (found) {
    let at = found.line - 1, old = lines[at], current = old.replace(/\r?\n$/, ""), indented = /^[ \t]*/.exec(current)[0] + line.trimStart();
    return current === indented ? { text, action: "unchanged", key: k, line: found.line } : (lines[at] = indented + old.slice(current.length), { text: lines.join(""), action: "replaced", key: k, line: found.line });
  }
  let last = lines.length - 1;
  last >= 0 && !lines[last].endsWith(`
`) && (lines[last] += eol);
  let index = insertionIndex(text, all, lines.length);
  return lines.splice(index, 0, line + eol), { text: lines.join(""), action: "added", key: k, line: index + 1 };
}

// src/core/memory/entries.ts
var LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/, LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/;
function linkTarget(line) {
  return LINK_TARGET.exec(line)?.[1];
}
function isEntryLine(line) {
  return LIST_ITEM.test(line) && linkTarget(line) !== void 0;
}
function escapeLinkText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function formatEntry(title, file, summary = "") {
  let one = (s) => s.replace(/\s+/g, " ").trim(), tail = one(summary);
  return `- [${escapeLinkText(one(title))}](${file})${tail === "" ? "" : ` \u2014 ${tail}`}`;
}

export {
  parseBlocks,
  indexEntries,
  upsertEntry,
  linkTarget,
  isEntryLine,
  formatEntry
};
