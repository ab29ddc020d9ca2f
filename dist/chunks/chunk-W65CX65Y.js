import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parseBlocks
} from "./chunk-LRVVQJZT.js";
import {
  remarkParse,
  unified
} from "./chunk-KYZYOAEM.js";

// src/core/memory/index-entries.ts
var inline, makeInline = () => unified().use(remarkParse).freeze(), parseInline = (line) => (inline ??= makeInline()).parse(line);
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
function lineLink(raw) {
  let link = firstLink(parseInline(raw));
  return link ? { target: link.url, text: plain(link) } : void 0;
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
  lineLink,
  indexEntries,
  upsertEntry,
  linkTarget,
  isEntryLine,
  formatEntry
};
