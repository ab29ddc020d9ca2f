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
} from "./chunk-M43FUQ37.js";
import {
  commentBlocks
} from "./chunk-PAGXD24X.js";
import {
  MEMORY_LIMITS,
  checkMemory
} from "./chunk-VSM7S43G.js";
import {
  formatEntry,
  isEntryLine,
  lineLink,
  linkTarget
} from "./chunk-W65CX65Y.js";
import {
  parseBlocks
} from "./chunk-LRVVQJZT.js";
import "./chunk-KYZYOAEM.js";
import "./chunk-U7LSB2QG.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/core/memory/group.ts
var TYPES = ["user", "feedback", "project", "reference"], TITLES = {
  user: "About the user",
  feedback: "Feedback and preferences",
  project: "Project facts",
  reference: "References",
  other: "Other memories"
};
function localTopic(target) {
  if (!(target === void 0 || !/^[^/\\:?#]+\.md$/i.test(target)))
    try {
      return decodeURIComponent(target);
    } catch {
      return target;
    }
}
var STAYS = /^(?:index-[a-z]+|memory)\.md$/i;
function groupEntries(lines, end, nodes, facts) {
  let top = [];
  for (let list of nodes)
    if (!(list.type !== "list" || !list.position || list.position.start.line > end))
      for (let item of list.children) {
        let first = item.children[0];
        if (first?.type !== "paragraph" || !item.position || first.position?.start.line !== item.position.start.line || item.position.end.line > end) continue;
        let raw = lines[item.position.start.line - 1].slice(first.position.start.column - 1).replace(/\r?\n$|\r$/, ""), link = lineLink(raw);
        link === void 0 || STAYS.test(link.target) || top.push({ line: item.position.start.line, endLine: item.position.end.line, target: link.target, text: link.text });
      }
  let starts = new Set(top.map((e) => e.line)), byType = /* @__PURE__ */ new Map();
  for (let e of top) {
    let to = e.endLine;
    for (; to < end && lines[to].trim() === ""; ) to++;
    let last = starts.has(to + 1) ? to : e.endLine, name = localTopic(e.target), type = name === void 0 ? void 0 : facts(name)?.type, key = typeof type == "string" && TYPES.includes(type) ? type : "other", list = byType.get(key) ?? [];
    list.push({ from: e.line, to: last, title: e.text || e.target }), byType.set(key, list);
  }
  return [...byType].map(([type, items]) => {
    let file = `index-${type}.md`, title = TITLES[type], body = items.map((r) => lines.slice(r.from - 1, r.to).join("")).join(""), text = body.endsWith(`
`) || body === "" ? body : `${body}
`, n = `${items.length} ${items.length === 1 ? "entry" : "entries"}`, names = items.map((i) => clip(i.title.replace(/\s+/g, " ").trim(), 40)), summary = `${n}: ${names[0]}`;
    for (let name of names.slice(1)) {
      if (summary.length + name.length + 3 > 100) {
        summary += "; \u2026";
        break;
      }
      summary += `; ${name}`;
    }
    let description = `Index of ${n} (${type === "other" ? "no type" : `type ${type}`}), one line each`, fmType = type === "other" ? "reference" : type;
    return {
      type,
      file,
      title,
      ranges: items.map(({ from, to }) => ({ from, to })),
      text,
      indexLine: formatEntry(title, file, summary),
      content: topicFrontmatter(file.slice(0, -3), description, fmType) + text
    };
  });
}

// src/core/memory/split.ts
var INLINE_MAX_LINES = 3, LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g, sizeOf = (lines) => {
  let n = lines.length;
  for (; n > 0 && lines[n - 1].trim() === ""; ) n--;
  return n;
}, lineNumbers = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i), withEolAll = (lines) => lines.map((l) => /[\r\n]$/.test(l) ? l : `${l}
`).join("");
function frontmatterLines(lines) {
  if (lines[0]?.trimEnd() !== "---") return 0;
  let end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)$/.test(l.trimEnd()));
  return end === -1 ? 0 : end + 1;
}
function findSections(lines) {
  let skip = frontmatterLines(lines), source = lines.map((l, i) => i < skip ? l.replace(/[^\r\n]+/, "") : l).join(""), nodes = parseBlocks(source).children, headings = nodes.filter((n) => n.type === "heading" && n.position !== void 0), ones = headings.filter((h) => h.depth === 1), rest = ones.length === 1 && headings[0] === ones[0] ? headings.slice(1) : headings;
  if (rest.length === 0) return { preambleEnd: lines.length, sections: [], nodes };
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
  return { preambleEnd: sections[0].from - 1, sections, nodes };
}
function planSplit(text, options = {}) {
  let maxLines = options.maxLines ?? MEMORY_LIMITS.lines, maxChars = options.maxChars ?? MEMORY_LIMITS.chars, exists = options.exists ?? (() => !1), lines = text.match(LINE) ?? [], { preambleEnd, sections, nodes } = findSections(lines), preamble = lines.slice(0, preambleEnd).join(""), build = (moveAll, group = !1) => {
    let nameOf = topicNamer(), moving = sections.filter((s) => moveAll || s.size > INLINE_MAX_LINES || !s.inlinable), moved = new Set(moving), staying = sections.filter((s) => !moved.has(s)), grouped = group ? groupEntries(lines, preambleEnd, nodes, options.facts ?? (() => {
    })) : [], out = new Set(grouped.flatMap((g) => g.ranges.flatMap((r) => lineNumbers(r.from, r.to)))), head = lines.slice(0, preambleEnd).filter((_, i) => !out.has(i + 1)), at = out.size === 0 ? 0 : Math.min(...out) - 1, keptText = [head.join(""), ...staying.map((s) => s.text)], linked = new Set(
      keptText.flatMap((t) => t.split(/\r?\n|\r/)).filter(isEntryLine).map((l) => linkTarget(l))
    ), groups = grouped.map((g) => ({
      title: g.title,
      file: g.file,
      from: g.ranges[0].from,
      to: g.ranges.at(-1).to,
      summary: g.indexLine.slice(g.indexLine.indexOf(" \u2014 ") + 3),
      append: exists(g.file),
      text: g.text,
      content: g.content,
      indexLine: linked.has(g.file) ? void 0 : g.indexLine,
      entries: g.ranges.length
    })), topics = [
      ...groups,
      ...moving.map((s) => {
        let file = nameOf(s.title), title = s.title === "" ? file.slice(0, -3) : s.title, summary = summarize(s.body) || clip(title, 100), indexLine = linked.has(file) ? void 0 : formatEntry(clip(title, 80), file, summary), content = topicFrontmatter(file.slice(0, -3), summary, options.type) + withEol(s.text);
        return { title, file, from: s.from, to: s.to, summary, append: exists(file), text: s.text, content, indexLine };
      })
    ], lineOf = (t) => t.indexLine === void 0 ? [] : [`${t.indexLine}
`], groupLines = groups.flatMap(lineOf), preambleOut = groups.length === 0 ? preamble : withEolAll([...head.slice(0, at), ...groupLines, ...head.slice(at)]), entries = topics.filter((t) => t.entries === void 0).flatMap(lineOf), index = topics.length === 0 ? text : [withEol(preambleOut), ...entries, ...staying.map((s) => withEol(s.text))].join(""), check = checkMemory(index, { maxLines, maxChars, comments: commentBlocks }), kept = [
      ...preambleEnd > 0 ? [{ title: out.size > 0 ? "(preamble, but its entries)" : "(preamble)", from: 1, to: preambleEnd }] : [],
      ...staying.map((s) => ({ title: s.title, from: s.from, to: s.to }))
    ];
    return { changed: topics.length > 0, index, topics, kept, lines: check.lines, chars: check.chars };
  }, fits = (p) => p.lines <= maxLines && p.chars <= maxChars, plan = build(!1);
  if (fits(plan) || (plan = build(!0)), fits(plan) || (plan = build(!0, !0)), fits(plan)) return plan;
  let pre = checkMemory(preamble, { maxLines, maxChars, comments: commentBlocks });
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
