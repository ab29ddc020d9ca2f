import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/memory/entries.ts
var LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/, LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/, FENCE = /^ {0,3}(`{3,}|~{3,})/, DEEP_HEADING = /^ {0,3}#{2,6}(?:[ \t]|$)/;
function linkTarget(line) {
  return LINK_TARGET.exec(line)?.[1];
}
function isEntryLine(line) {
  return LIST_ITEM.test(line) && linkTarget(line) !== void 0;
}
function entryKey(line) {
  let target = linkTarget(line);
  if (target !== void 0) return target;
  let m = LIST_ITEM.exec(line);
  if (!m) return;
  let key = line.slice(m[0].length).split(/:|\s[—–-]\s/)[0].trim();
  return key === "" ? void 0 : key;
}
function escapeLinkText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function formatEntry(title, file, summary = "") {
  let one = (s) => s.replace(/\s+/g, " ").trim(), tail = one(summary);
  return `- [${escapeLinkText(one(title))}](${file})${tail === "" ? "" : ` \u2014 ${tail}`}`;
}
function splitLinesKeep(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function insertionIndex(lines) {
  let lastEntry = -1, firstHeading = -1, fence;
  return lines.forEach((raw, i) => {
    let line = raw.replace(/\r?\n$/, ""), f = FENCE.exec(line);
    if (fence !== void 0) {
      f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1] && (fence = void 0);
      return;
    }
    f ? fence = f[1] : isEntryLine(line) ? lastEntry = i : firstHeading === -1 && DEEP_HEADING.test(line) && (firstHeading = i);
  }), lastEntry !== -1 ? lastEntry + 1 : firstHeading !== -1 ? firstHeading : lines.length;
}
function upsertEntry(text, entry, key) {
  if (/[\r\n]/.test(entry)) throw new TypeError("Expected `entry` to be one line");
  let line = LIST_ITEM.test(entry) ? entry.trimEnd() : `- ${entry.trim()}`, k = key ?? linkTarget(line);
  if (k === void 0 || k === "") throw new TypeError("Expected `entry` to hold a markdown link, or a `key`");
  let lines = splitLinesKeep(text), eol = /\r\n/.test(text) ? `\r
` : `
`, at = lines.findIndex((l) => entryKey(l.replace(/\r?\n$/, "")) === k);
  if (at !== -1) {
    let old = lines[at], current = old.replace(/\r?\n$/, "");
    return current === line ? { text, action: "unchanged", key: k, line: at + 1 } : (lines[at] = line + old.slice(current.length), { text: lines.join(""), action: "replaced", key: k, line: at + 1 });
  }
  let last = lines.length - 1;
  last >= 0 && !lines[last].endsWith(`
`) && (lines[last] += eol);
  let index = insertionIndex(lines);
  return lines.splice(index, 0, line + eol), { text: lines.join(""), action: "added", key: k, line: index + 1 };
}

export {
  linkTarget,
  isEntryLine,
  entryKey,
  formatEntry,
  upsertEntry
};
