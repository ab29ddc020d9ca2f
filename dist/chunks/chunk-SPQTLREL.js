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

// src/core/nearest.ts
function editDistance(a, b) {
  let before = new Array(b.length + 1).fill(0), previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let row = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (best = Math.min(best, before[j - 2] + 1)), row.push(best);
    }
    before = previous, previous = row;
  }
  return previous[b.length];
}
function nearest(input, candidates) {
  let limit = Math.min(2, Math.ceil(input.length / 2) - 1), best, bestDistance = 1 / 0;
  for (let candidate of candidates) {
    let d = editDistance(input, candidate);
    d < bestDistance && ([best, bestDistance] = [candidate, d]);
  }
  if (best !== void 0 && bestDistance > 0 && bestDistance <= limit) return best;
  let starting = candidates.filter((c) => input.length >= 2 && c.startsWith(input) && c !== input);
  return starting.length === 1 ? starting[0] : void 0;
}

// src/cli/args.ts
var import_node_util = __toESM(require_util(), 1);
function joinDashValues(argv, spec) {
  let joined = new Set(
    Object.entries(spec.options).filter(([, o]) => o.dashValue).map(([name]) => `--${name}`)
  ), out = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--") return [...out, ...argv.slice(i)];
    joined.has(arg) && i + 1 < argv.length ? out.push(`${arg}=${argv[++i]}`) : out.push(arg);
  }
  return out;
}
function explain(error, spec) {
  let message = error.message.split(`
`)[0].replace(/\. To specify.*$/, ""), unknown = /^Unknown option '--([^'=]+)'/.exec(message)?.[1], near = unknown === void 0 ? void 0 : nearest(unknown, [...Object.keys(spec.options), "help"]);
  return near === void 0 ? message : `${message} (did you mean --${near}?)`;
}
function parseCommand(argv, spec, usage) {
  let options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type }])), result;
  try {
    result = (0, import_node_util.parseArgs)({
      args: joinDashValues(argv, spec),
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: !0,
      strict: !0
    });
  } catch (error) {
    throw error.code?.startsWith("ERR_PARSE_ARGS") ? usageError(explain(error, spec), `usage: ${usage}`) : error;
  }
  let { help, ...values } = result.values, allowed = spec.args?.at(-1)?.variadic ? 1 / 0 : spec.args?.length ?? 0;
  if (!help && result.positionals.length > allowed)
    throw usageError(`unexpected argument "${result.positionals[allowed]}"`, `usage: ${usage}`);
  return { values, positionals: result.positionals, usage, help: help === !0 };
}
function intFlag(value, name, fallback, min = 0) {
  if (value === void 0) return fallback;
  let n = Number(value);
  if (!Number.isInteger(n) || n < min) throw usageError(`--${name} takes a whole number >= ${min}, got "${value}"`);
  return n;
}

export {
  nearest,
  parseCommand,
  intFlag
};
