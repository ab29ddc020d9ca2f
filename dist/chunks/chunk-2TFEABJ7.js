import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-EGU3MAJP.js";

// builtin:child_process
var require_child_process = __commonJS({
  "builtin:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

export {
  require_child_process
};
