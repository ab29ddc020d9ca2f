import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  topicFrontmatter,
  topicNamer,
  withEol
} from "./chunk-NFNXZS5W.js";
import {
  clip,
  plainText,
  summarize
} from "./chunk-YO4GJQAK.js";
import {
  formatEntry,
  isEntryLine,
  linkTarget,
  parseBlocks
} from "./chunk-QG6TMLVZ.js";
import {
  MEMORY_LIMITS,
  checkMemory
} from "./chunk-Z2XP3ZIP.js";
import "./chunk-KYZYOAEM.js";
import "./chunk-U7LSB2QG.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/core/memory/split.ts
var INLINE_MAX_LINES = 3, LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g, sizeOf = (lines) => {
  let n = lines.length;
  for (; n > 0 && lines[n - 1].trim() === ""; ) n--;
  return n;
};
function frontmatterLines(lines) {
  if (lines[0]?.trimEnd() !== "---") return 0;
  let end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)$/.test(l.trimEnd()));
  return end === -1 ? 0 : end + 1;
}
function findSections(lines) {
  let skip = frontmatterLines(lines), source = lines.map((l, i) => i < skip ? l.replace(/[^\r\n]+/, "") : l).join(""), nodes = parseBlocks(source).children, headings = nodes.filter((n) => n.type === "heading" && n.position !== void 0), ones = headings.filter((h) => h.depth === 1), rest = ones.length === 1 && headings[0] === ones[0] ? headings.slice(1) : headings;
  if (rest.length === 0) return { preambleEnd: lines.length, sections: [] };
  let level = 7, tops = rest.filter((h) => h.depth > level ? !1 : (level = h.depth, !0)), position = new Map(nodes.map((n, i) => [n, i])), sections = tops.map((h, i) => {
    let from = h.position.start.line, to = i + 1 < tops.length ? tops[i + 1].position.start.line - 1 : lines.length, own = lines.slice(from - 1, to), start = position.get(h), end = i + 1 < tops.length ? position.get(tops[i + 1]) : nodes.length, inlinable = h.depth > 1 && /^ {0,3}#/.test(lines[from - 1] ?? "");
    return {
      title: plainText(h).replace(/\s+/g, " ").trim(),
      from,
      to,
      text: own.join(""),
      body: nodes.slice(start + 1, end),
      size: sizeOf(own),
      inlinable
    };
  });
  return { preambleEnd: sections[0].from - 1, sections };
}
function planSplit(text, options = {}) {
  let maxLines = options.maxLines ?? MEMORY_LIMITS.lines, maxChars = options.maxChars ?? MEMORY_LIMITS.chars, exists = options.exists ?? (() => !1), lines = text.match(LINE) ?? [], { preambleEnd, sections } = findSections(lines), preamble = lines.slice(0, preambleEnd).join(""), build = (moveAll) => {
    let nameOf = topicNamer(), moving = sections.filter((s) => moveAll || s.size > INLINE_MAX_LINES || !s.inlinable), moved = new Set(moving), staying = sections.filter((s) => !moved.has(s)), keptText = [preamble, ...staying.map((s) => s.text)], linked = new Set(
      keptText.flatMap((t) => t.split(/\r?\n|\r/)).filter(isEntryLine).map((l) => linkTarget(l))
    ), topics = moving.map((s) => {
      let file = nameOf(s.title), title = s.title === "" ? file.slice(0, -3) : s.title, summary = summarize(s.body) || clip(title, 100), indexLine = linked.has(file) ? void 0 : formatEntry(clip(title, 80), file, summary), content = topicFrontmatter(file.slice(0, -3), summary, options.type) + withEol(s.text);
      return { title, file, from: s.from, to: s.to, summary, append: exists(file), text: s.text, content, indexLine };
    }), entries = topics.flatMap((t) => t.indexLine === void 0 ? [] : [`${t.indexLine}
`]), index = topics.length === 0 ? text : [withEol(preamble), ...entries, ...staying.map((s) => withEol(s.text))].join(""), check = checkMemory(index, { maxLines, maxChars }), kept = [
      ...preambleEnd > 0 ? [{ title: "(preamble)", from: 1, to: preambleEnd }] : [],
      ...staying.map((s) => ({ title: s.title, from: s.from, to: s.to }))
    ];
    return { changed: topics.length > 0, index, topics, kept, lines: check.lines, chars: check.chars };
  }, fits = (p) => p.lines <= maxLines && p.chars <= maxChars, plan = build(!1);
  if (fits(plan) || (plan = build(!0)), fits(plan)) return plan;
  let pre = checkMemory(preamble, { maxLines, maxChars });
  throw new BatonError(
    "ETOOBIG",
    `cannot make MEMORY.md fit: even with every section moved out, the index is ${plan.lines} lines and ${plan.chars} characters (limits: ${maxLines} lines, ${maxChars} characters). The text before the first section (lines 1\u2013${preambleEnd}) alone is ${pre.lines} lines and ${pre.chars} characters, and ${plan.topics.length} section(s) need one index line each`,
    {
      hint: `shorten lines 1\u2013${preambleEnd}, or put that text under a \`## \u2026\` heading so it can move to a topic file, then run split again; nothing was changed`
    }
  );
}
export {
  INLINE_MAX_LINES,
  planSplit
};
