import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  projectRoot
} from "./chunk-PNZXFP77.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  claudeHome
} from "./chunk-2KJWADXC.js";
import {
  require_os
} from "./chunk-BEEX73Q6.js";
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
var import_node_os = __toESM(require_os(), 1), import_node_path2 = __toESM(require_path(), 1);

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

// src/core/memory/directory.ts
var import_node_path = __toESM(require_path(), 1);
function memoryDirSetting(value, home, tilde) {
  if (typeof value != "string" || value === "") return;
  let path = value;
  if (tilde && (path.startsWith("~/") || path.startsWith("~\\"))) {
    let rest = path.slice(2), n2 = (0, import_node_path.normalize)(rest || ".");
    if (n2 === "." || n2 === ".." || n2.startsWith(`..${import_node_path.sep}`) || n2.startsWith("../") || n2.startsWith("..\\"))
      return;
    path = (0, import_node_path.join)(home, rest);
  }
  let dir = (0, import_node_path.normalize)(path).replace(/[/\\]+$/, "");
  return !(0, import_node_path.isAbsolute)(dir) || dir.length < 3 || /^[A-Za-z]:$/.test(dir) || dir.startsWith("\\\\") || dir.startsWith("//") || dir.includes("\0") ? void 0 : dir.normalize("NFC");
}

// src/io/memory/path.ts
var MEMORY_FILE = "MEMORY.md", MANAGED = process.platform === "darwin" ? "/Library/Application Support/ClaudeCode" : process.platform === "win32" ? "C:\\Program Files\\ClaudeCode" : "/etc/claude-code";
function settingIn(file) {
  try {
    let text = readIfExists(file, "user")?.bytes.toString("utf8");
    return text === void 0 ? void 0 : JSON.parse(text)?.autoMemoryDirectory ?? void 0;
  } catch {
    return;
  }
}
function managedSetting(dir) {
  let value = settingIn((0, import_node_path2.join)(dir, "managed-settings.json")), drop = (0, import_node_path2.join)(dir, "managed-settings.d");
  for (let name of namesIn(drop).filter((n2) => n2.endsWith(".json") && !n2.startsWith(".")).sort())
    value = settingIn((0, import_node_path2.join)(drop, name)) ?? value;
  return value;
}
function memoryDirOverride(cwd, env = process.env, managedDir = MANAGED) {
  let home = env.HOME || (0, import_node_os.homedir)(), cowork = memoryDirSetting(env.CLAUDE_COWORK_MEMORY_PATH_OVERRIDE, home, !1);
  if (cowork !== void 0) return cowork;
  let value = managedSetting(managedDir) ?? settingIn((0, import_node_path2.join)(cwd, ".claude", "settings.local.json")) ?? settingIn((0, import_node_path2.join)(cwd, ".claude", "settings.json")) ?? settingIn((0, import_node_path2.join)(claudeHome(env), "settings.json"));
  return memoryDirSetting(value, home, !0);
}
function memoryDir(cwd, env = process.env) {
  return memoryDirOverride(cwd, env) ?? (0, import_node_path2.join)(claudeHome(env), "projects", encodeProjectPath(projectRoot(cwd)), "memory");
}
function memoryFile(cwd, env = process.env) {
  return (0, import_node_path2.join)(memoryDir(cwd, env), MEMORY_FILE);
}

export {
  overWhat,
  describeCheck,
  encodeProjectPath,
  MEMORY_FILE,
  memoryDir,
  memoryFile
};
