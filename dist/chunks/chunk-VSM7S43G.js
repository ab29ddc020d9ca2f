import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/memory/loaded.ts
var FRONT_MATTER = /^---\s*\n([\s\S]*?)---\s*\n?/, COMMENT = /<!--[\s\S]*?-->/g, Builder = class {
  parts = [];
  origins = [];
  length = 0;
  add(piece, origin) {
    piece !== "" && (this.parts.push(piece), this.origins.push(origin), this.length += piece.length);
  }
  done() {
    let origin = new Int32Array(this.length), at = 0;
    for (let o of this.origins)
      origin.set(o, at), at += o.length;
    return { text: this.parts.join(""), origin };
  }
}, range = (from, to) => {
  let out = new Int32Array(Math.max(0, to - from));
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
};
function normalize(text, base) {
  let b = new Builder(), start = 0;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", start))
    b.add(text.slice(start, i), range(base + start, base + i)), b.add(`
`, Int32Array.of(base + i)), start = text[i + 1] === `
` ? i + 2 : i + 1;
  return b.add(text.slice(start), range(base + start, base + text.length)), b.done();
}
function loadedText(text, comments, flavor = "latest") {
  let bom = flavor === "latest" && text.charCodeAt(0) === 65279 ? 1 : 0, fm = FRONT_MATTER.exec(text.slice(bom)), base = fm ? bom + fm[0].length : 0, body = text.slice(base);
  if (!body.includes("<!--")) return { text: body, origin: range(base, text.length) };
  if (!comments) throw new TypeError("Expected a comment finder: the text holds `<!--`");
  let norm = normalize(body, base), spans = comments(norm.text);
  if (spans.length === 0 && flavor === "latest") return { text: body, origin: range(base, text.length) };
  let b = new Builder(), at = 0;
  for (let span of spans) {
    let end = span.end;
    for (; norm.text[end] === `
`; ) end++;
    let rest = norm.text.slice(span.start, end).replace(COMMENT, "");
    if (b.add(norm.text.slice(at, span.start), norm.origin.subarray(at, span.start)), rest.trim() !== "") {
      let keep = keptOrigins(norm, span.start, end);
      b.add(rest, keep);
    }
    at = end;
  }
  return b.add(norm.text.slice(at), norm.origin.subarray(at)), b.done();
}
function keptOrigins(norm, start, end) {
  let piece = norm.text.slice(start, end), out = [], at = 0;
  for (let m of piece.matchAll(COMMENT)) {
    for (let i = at; i < m.index; i++) out.push(norm.origin[start + i]);
    at = m.index + m[0].length;
  }
  for (let i = at; i < piece.length; i++) out.push(norm.origin[start + i]);
  return Int32Array.from(out);
}

// src/core/memory/limits.ts
var MEMORY_LIMITS = Object.freeze({ lines: 200, chars: 25e3 });
function lineAt(file, offset, cache) {
  offset < cache.at && Object.assign(cache, { at: 0, line: 1 });
  for (let i = file.indexOf(`
`, cache.at); i !== -1 && i < offset; i = file.indexOf(`
`, i + 1))
    cache.line++, cache.at = i + 1;
  return cache.line;
}
var newlines = (text) => {
  let n = 0;
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) n++;
  return n;
};
function checkMemory(text, options = {}) {
  let maxLines = options.maxLines ?? MEMORY_LIMITS.lines, maxChars = options.maxChars ?? MEMORY_LIMITS.chars;
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new TypeError("Expected `maxLines` to be a whole number >= 1");
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new TypeError("Expected `maxChars` to be a whole number >= 1");
  let loaded = loadedText(text, options.comments, options.flavor), all = loaded.text, lead = all.length - all.trimStart().length, trimmed = all.trim(), lines = trimmed === "" ? 0 : newlines(trimmed) + 1, chars = trimmed.length, overLines = lines > maxLines, overChars = chars > maxChars, cache = { at: 0, line: 1 }, fileLine = (i) => lineAt(text, loaded.origin[lead + i], cache), lastLine = trimmed === "" ? 0 : fileLine(trimmed.length - 1);
  if (!overLines && !overChars)
    return {
      ...{ lines, chars, maxLines, maxChars, fits: !0, overLines, overChars, lastLine },
      lastVisibleLine: lastLine,
      firstHiddenLine: void 0,
      hiddenLines: 0,
      hiddenChars: 0,
      partial: void 0
    };
  let visible = overLines ? nthNewline(trimmed, maxLines) : trimmed.length, partial;
  if (visible > maxChars) {
    let cut = trimmed.lastIndexOf(`
`, maxChars);
    visible = cut > 0 ? cut : maxChars, cut <= 0 && (partial = { line: fileLine(0), visibleChars: maxChars });
  }
  let shown = trimmed.slice(0, visible), wholeLines = partial ? 0 : newlines(shown) + 1, next = visible;
  for (; next < trimmed.length && /\s/.test(trimmed[next]); ) next++;
  let firstHiddenLine = partial ? partial.line : fileLine(next);
  return {
    lines,
    chars,
    maxLines,
    maxChars,
    fits: !1,
    overLines,
    overChars,
    lastVisibleLine: partial ? firstHiddenLine - 1 : fileLine(trimmed[visible] === `
` ? visible : visible - 1),
    firstHiddenLine,
    lastLine,
    hiddenLines: lines - wholeLines,
    hiddenChars: chars - visible,
    partial
  };
}
function nthNewline(text, n) {
  let at = -1;
  for (let k = 0; k < n; k++)
    if (at = text.indexOf(`
`, at + 1), at === -1) return text.length;
  return at;
}

export {
  MEMORY_LIMITS,
  checkMemory
};
