import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-EGU3MAJP.js";

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_path
};
