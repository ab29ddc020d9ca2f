import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/toolkit/lazy.ts
import { createRequire } from "node:module";
var required, load = (id) => (required ??= createRequire(import.meta.url))(id);
function spawnSync(command, args, options) {
  return load("node:child_process").spawnSync(
    command,
    args,
    options
  );
}
var counter = 0;
function token() {
  return counter++, `${(Date.now() % 1e8).toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export {
  spawnSync,
  token
};
