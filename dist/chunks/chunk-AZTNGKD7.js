import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemory
} from "./chunk-Z2XP3ZIP.js";
import {
  require_fs
} from "./chunk-GT4VKGFU.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

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

// src/io/memory-errors.ts
function fileError(error, what, file) {
  if (error instanceof BatonError) return error;
  let code = error.code ?? "EIO", hints = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EPERM: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EROFS: `${file} is on a read-only file system`,
    ENOSPC: "the disk is full; free some space and run the command again (the file was left as it was)",
    ENOTDIR: `a file is in the way of the folder for ${file}; move it away`,
    EISDIR: `${file} is a folder; name a file`
  };
  return new BatonError(code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? `check that ${file} exists and is writable (${error.message ?? error})`,
    cause: error
  });
}

// src/io/memory-check.ts
var import_node_fs = __toESM(require_fs(), 1);
function readIfExists(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (error) {
    if (hasCode(error, "ENOENT")) return;
    throw fileError(error, "read", path);
  }
}
function checkMemoryFile(file, options = {}) {
  let text = readIfExists(file);
  return text === void 0 ? { file, exists: !1, check: void 0 } : { file, exists: !0, check: checkMemory(text, options) };
}

export {
  overWhat,
  describeCheck,
  fileError,
  readIfExists,
  checkMemoryFile
};
