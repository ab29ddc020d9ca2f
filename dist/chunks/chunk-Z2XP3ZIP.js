import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/memory/limits.ts
var MEMORY_LIMITS = Object.freeze({ lines: 200, chars: 25e3 }), countNewlines = (text, end) => {
  let n = 0;
  for (let i = text.indexOf(`
`); i !== -1 && i < end; i = text.indexOf(`
`, i + 1)) n++;
  return n;
};
function checkMemory(text, options = {}) {
  let maxLines = options.maxLines ?? MEMORY_LIMITS.lines, maxChars = options.maxChars ?? MEMORY_LIMITS.chars;
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new TypeError("Expected `maxLines` to be a whole number >= 1");
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new TypeError("Expected `maxChars` to be a whole number >= 1");
  let lead = text.length - text.trimStart().length, trimmed = text.trim(), lineList = trimmed === "" ? [] : trimmed.split(`
`), lines = lineList.length, chars = trimmed.length, overLines = lines > maxLines, overChars = chars > maxChars, firstLine = countNewlines(text, lead) + 1, lastLine = trimmed === "" ? 0 : firstLine + lines - 1, visible = overLines ? lineList.slice(0, maxLines).join(`
`) : trimmed, partial;
  if (visible.length > maxChars) {
    let cut = visible.lastIndexOf(`
`, maxChars);
    visible = visible.slice(0, cut > 0 ? cut : maxChars), cut <= 0 && (partial = { line: firstLine, visibleChars: maxChars });
  }
  let fits = !overLines && !overChars, visibleLines = visible === "" ? 0 : countNewlines(visible, visible.length) + 1, lastVisibleLine = fits ? lastLine : partial ? firstLine - 1 : firstLine + visibleLines - 1;
  return {
    lines,
    chars,
    maxLines,
    maxChars,
    fits,
    overLines,
    overChars,
    lastVisibleLine,
    firstHiddenLine: fits ? void 0 : lastVisibleLine + 1,
    lastLine,
    hiddenLines: fits ? 0 : lastLine - lastVisibleLine,
    hiddenChars: chars - visible.length,
    partial
  };
}

export {
  MEMORY_LIMITS,
  checkMemory
};
