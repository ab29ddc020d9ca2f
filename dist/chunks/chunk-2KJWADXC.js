import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_os
} from "./chunk-BEEX73Q6.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/paths.ts
var import_node_os = __toESM(require_os(), 1), import_node_path = __toESM(require_path(), 1);
function claudeHome(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir ? (0, import_node_path.resolve)(dir) : (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".claude");
}
function handoffDir(env = process.env, flag) {
  return flag ? (0, import_node_path.resolve)(flag) : env.BATON_HANDOFF_DIR ? (0, import_node_path.resolve)(env.BATON_HANDOFF_DIR) : (0, import_node_path.join)(claudeHome(env), "handoffs");
}
function batonDir(env = process.env) {
  return (0, import_node_path.join)(claudeHome(env), "baton");
}
function historyFile(home) {
  return (0, import_node_path.join)(home, "baton", "history.jsonl");
}

export {
  claudeHome,
  handoffDir,
  batonDir,
  historyFile
};
