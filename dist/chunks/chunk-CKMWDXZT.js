import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  usageError
} from "./chunk-YT5RMEHU.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EGU3MAJP.js";

// builtin:util
var require_util = __commonJS({
  "builtin:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// src/cli/args.ts
var import_node_util = __toESM(require_util(), 1);
function parse(argv, options, usage, positionals = 0) {
  try {
    let result = (0, import_node_util.parseArgs)({ args: argv, options, allowPositionals: !0, strict: !0 });
    if (result.positionals.length > positionals)
      throw usageError(`unexpected argument "${result.positionals[positionals]}"`, `usage: ${usage}`);
    return result;
  } catch (error) {
    throw error.code?.startsWith("ERR_PARSE_ARGS") ? usageError(error.message.split(`
`)[0].replace(/\. To specify.*$/, ""), `usage: ${usage}`) : error;
  }
}
function intFlag(value, name, fallback, min = 0) {
  if (value === void 0) return fallback;
  let n = Number(value);
  if (!Number.isInteger(n) || n < min) throw usageError(`--${name} takes a whole number >= ${min}, got "${value}"`);
  return n;
}

export {
  parse,
  intFlag
};
