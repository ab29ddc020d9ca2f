import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-EGU3MAJP.js";

// builtin:crypto
var require_crypto = __commonJS({
  "builtin:crypto"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

export {
  require_crypto
};
