import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  gitStateFast
} from "./chunk-WWZ3NXII.js";
import {
  claudeHome
} from "./chunk-VVQSPBSI.js";

// src/io/memory-path.ts
import { spawnSync } from "node:child_process";
import { basename, dirname, join, resolve } from "node:path";

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
  if (fast) return fast.inRepo && fast.mainRoot ? fast.mainRoot : resolve(cwd);
  let r = spawnSync("git", ["rev-parse", "--path-format=absolute", "--show-toplevel", "--git-dir", "--git-common-dir"], {
    cwd,
    encoding: "utf8",
    timeout: 5e3,
    stdio: ["ignore", "pipe", "ignore"]
  });
  if (r.status !== 0) return resolve(cwd);
  let [top = "", gitDir = "", common = ""] = r.stdout.trim().split(`
`);
  return top === "" ? resolve(cwd) : gitDir !== common && resolve(dirname(gitDir)) === join(common, "worktrees") ? basename(common) === ".git" ? dirname(common) : common : top;
}
function memoryDir(cwd, env = process.env) {
  return join(claudeHome(env), "projects", encodeProjectPath(projectRoot(cwd)), "memory");
}
function memoryFile(cwd, env = process.env) {
  return join(memoryDir(cwd, env), MEMORY_FILE);
}

export {
  encodeProjectPath,
  MEMORY_FILE,
  projectRoot,
  memoryDir,
  memoryFile
};
