import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claudeHome
} from "./chunk-6TTUXQLT.js";
import {
  projectRoot
} from "./chunk-INC2223F.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
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

// src/io/memory/path.ts
var import_node_path = __toESM(require_path(), 1);

// src/core/memory/encode.ts
function pathHash(path) {
  let h = 0;
  for (let i = 0; i < path.length; i++) h = Math.imul(h, 31) + path.charCodeAt(i) | 0;
  return h;
}
function encodeProjectPath(path) {
  if (typeof path != "string" || path === "") throw new TypeError("Expected `path` to be a non-empty string");
  let encoded = path.replace(/[^a-zA-Z0-9]/g, "-");
  return encoded.length <= 200 ? encoded : `${encoded.slice(0, 200)}-${Math.abs(pathHash(path)).toString(36)}`;
}

// src/io/memory/path.ts
var MEMORY_FILE = "MEMORY.md";
function memoryDir(cwd, env = process.env) {
  return (0, import_node_path.join)(claudeHome(env), "projects", encodeProjectPath(projectRoot(cwd)), "memory");
}
function memoryFile(cwd, env = process.env) {
  return (0, import_node_path.join)(memoryDir(cwd, env), MEMORY_FILE);
}

export {
  overWhat,
  describeCheck,
  encodeProjectPath,
  MEMORY_FILE,
  memoryDir,
  memoryFile
};
