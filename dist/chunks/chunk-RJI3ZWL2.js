import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/memory/report.ts
var n = (value) => value.toLocaleString("en-US"), range = (from, to) => from === to ? `line ${from}` : `lines ${from}\u2013${to}`;
function overWhat(check) {
  return `over ${[
    ...check.overLines ? [`the ${n(check.maxLines)}-line limit`] : [],
    ...check.overChars ? [`the ${n(check.maxChars)}-character limit`] : []
  ].join(" and ")}`;
}
function describeCheck(file, check) {
  let size = `${n(check.lines)} lines, ${n(check.chars)} characters`;
  if (check.fits)
    return `${file}: ${size}. Claude Code loads all of it (limits: ${n(check.maxLines)} lines, ${n(check.maxChars)} characters).`;
  let hidden = `${range(check.firstHiddenLine, check.lastLine)} (${n(check.hiddenLines)} line${check.hiddenLines === 1 ? "" : "s"}, ${n(check.hiddenChars)} characters)`, seen = check.lastVisibleLine > 0 ? `loads only ${range(1, check.lastVisibleLine)} and ` : "", part = check.partial ? ` Line ${check.partial.line} is loaded only up to character ${n(check.partial.visibleChars)}.` : "";
  return `${file}: ${size}, ${overWhat(check)}. Claude Code ${seen}cannot see ${hidden}: that text is silently invisible at session start.${part}`;
}

export {
  overWhat,
  describeCheck
};
