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

export {
  require_fs,
  require_os
};
