import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/paths.ts
import { homedir } from "node:os";
import { join, resolve } from "node:path";
function claudeHome(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir ? resolve(dir) : join(env.HOME || homedir(), ".claude");
}
function handoffDir(env = process.env, flag) {
  return flag ? resolve(flag) : env.BATON_HANDOFF_DIR ? resolve(env.BATON_HANDOFF_DIR) : join(claudeHome(env), "handoffs");
}
function batonDir(env = process.env) {
  return join(claudeHome(env), "baton");
}

export {
  claudeHome,
  handoffDir,
  batonDir
};
