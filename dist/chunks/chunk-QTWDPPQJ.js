import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-EGU3MAJP.js";

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// src/io/toolkit/lazy.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
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
  require_fs,
  require_os,
  spawnSync,
  token
};
