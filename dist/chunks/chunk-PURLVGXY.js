import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claudeHome
} from "./chunk-I4PBBIIT.js";
import {
  gitStateFast
} from "./chunk-WNQDCVTP.js";
import {
  spawnSync
} from "./chunk-GT4VKGFU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/memory-path.ts
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

// src/io/memory-path.ts
var MEMORY_FILE = "MEMORY.md";
function projectRoot(cwd) {
  let fast = gitStateFast(cwd);
  if (fast) return fast.inRepo && fast.mainRoot ? fast.mainRoot : (0, import_node_path.resolve)(cwd);
  let r = spawnSync("git", ["rev-parse", "--path-format=absolute", "--show-toplevel", "--git-dir", "--git-common-dir"], {
    cwd,
    encoding: "utf8",
    timeout: 5e3,
    stdio: ["ignore", "pipe", "ignore"]
  });
  if (r.status !== 0) return (0, import_node_path.resolve)(cwd);
  let [top = "", gitDir = "", common = ""] = r.stdout.trim().split(`
`);
  return top === "" ? (0, import_node_path.resolve)(cwd) : gitDir !== common && (0, import_node_path.resolve)((0, import_node_path.dirname)(gitDir)) === (0, import_node_path.join)(common, "worktrees") ? (0, import_node_path.basename)(common) === ".git" ? (0, import_node_path.dirname)(common) : common : top;
}
function memoryDir(cwd, env = process.env) {
  return (0, import_node_path.join)(claudeHome(env), "projects", encodeProjectPath(projectRoot(cwd)), "memory");
}
function memoryFile(cwd, env = process.env) {
  return (0, import_node_path.join)(memoryDir(cwd, env), MEMORY_FILE);
}

export {
  encodeProjectPath,
  MEMORY_FILE,
  projectRoot,
  memoryDir,
  memoryFile
};
