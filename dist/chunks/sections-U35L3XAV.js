import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  remarkParse,
  unified
} from "./chunk-KYZYOAEM.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/core/sections.ts
var SECTION_KEYS = ["summary", "changed", "todo", "decisions", "context"], SECTION_TITLES = {
  summary: "Session summary",
  changed: "What changed",
  todo: "What still needs work",
  decisions: "Key decisions",
  context: "Active context",
  failed: "What failed"
}, ALIASES = {
  summary: ["session summary", "summary", "overview", "tldr", "tl dr", "session overview", "what happened"],
  changed: [
    "what changed",
    "changes",
    "changes made",
    "what was done",
    "done",
    "completed",
    "work done",
    "progress",
    "accomplished"
  ],
  todo: [
    "what still needs work",
    "next steps",
    "next",
    "todo",
    "to do",
    "remaining",
    "remaining work",
    "open items",
    "still to do",
    "pending",
    "whats next",
    "open questions"
  ],
  decisions: ["key decisions", "decisions", "decisions made", "design decisions", "rationale"],
  context: [
    "active context",
    "context",
    "current context",
    "working context",
    "current state",
    "state",
    "notes",
    "important context"
  ],
  failed: ["what failed", "failures", "failed", "dead ends", "what didnt work", "blockers"]
}, normalize = (title) => title.toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, " ").trim(), LOOKUP = new Map(
  Object.entries(ALIASES).flatMap(([key, names]) => names.map((n) => [n, key]))
);
function sectionFor(title) {
  return LOOKUP.get(normalize(title));
}
function headingText(node, source) {
  let first = node.children[0], last = node.children[node.children.length - 1];
  return !first?.position || !last?.position ? "" : source.slice(first.position.start.offset, last.position.end.offset);
}
var INLINE = [
  "attention",
  "autolink",
  "characterEscape",
  "characterReference",
  "codeText",
  "hardBreakEscape",
  "htmlText",
  "labelEnd",
  "labelStartImage",
  "labelStartLink"
];
function parseMarkdown(source) {
  return unified().data("micromarkExtensions", [{ disable: { null: INLINE } }]).use(remarkParse).parse(source);
}
var PARSE_LIMIT = 64 * 1024, MAX_NESTING = 32, TOO_DEEP = new RegExp(`^[ \\t]*(?:(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*){${MAX_NESTING + 1}}`, "m");
function parsedLength(body) {
  let line = body.lastIndexOf(`
`, PARSE_LIMIT), part = body.length > PARSE_LIMIT ? body.slice(0, line === -1 ? PARSE_LIMIT : line + 1) : body, deep = TOO_DEEP.exec(part);
  return deep ? deep.index : part.length;
}
function sectionSpans(body) {
  return spansOf(parseMarkdown(body.slice(0, parsedLength(body))), body);
}
function summaryText(body, spans) {
  let head = body.slice(0, 262144), summary = (spans ?? sectionSpans(head)).find((s) => s.key === "summary");
  return summary ? head.slice(summary.textStart, summary.end) : head;
}
function sectionSpansOfStart(part) {
  let read = parsedLength(part), tree = parseMarkdown(part.slice(0, read)), last = tree.children.at(-1), tail = part.slice(last?.position?.end.offset ?? read, read), open = read === part.length && last?.type === "paragraph" && !/\n[ \t]*\r?\n/.test(tail);
  return { spans: spansOf(tree, part), openParagraph: open };
}
function spansOf(tree, body) {
  let headings = tree.children.filter((n) => n.type === "heading"), level = headings.some((h) => h.depth === 2) ? 2 : 1, spans = [], end = body.length;
  for (let heading of headings.reverse()) {
    let start = heading.position?.start.offset ?? 0;
    if (heading.depth === level) {
      let title = headingText(heading, body), textStart = heading.position?.end.offset ?? 0;
      spans.push({ title, key: sectionFor(title), depth: level, start, textStart, end });
    }
    heading.depth <= level && (end = start);
  }
  return spans.reverse();
}
function inspectSections(body) {
  let sections = sectionSpans(body).flatMap(
    (s) => s.key === void 0 ? [] : [{ key: s.key, title: s.title, text: body.slice(s.textStart, s.end).trim() }]
  ), missing = SECTION_KEYS.filter((k) => !sections.some((s) => s.key === k)), empty = SECTION_KEYS.filter(
    (k) => !missing.includes(k) && sections.filter((s) => s.key === k).every((s) => s.text === "")
  ), warnings = [
    ...missing.map((k) => `missing section "## ${SECTION_TITLES[k]}"`),
    ...empty.map((k) => `empty section "## ${SECTION_TITLES[k]}"`)
  ];
  return { sections, missing, empty, warnings };
}
export {
  PARSE_LIMIT,
  SECTION_KEYS,
  SECTION_TITLES,
  inspectSections,
  parseMarkdown,
  parsedLength,
  sectionFor,
  sectionSpans,
  sectionSpansOfStart,
  summaryText
};
