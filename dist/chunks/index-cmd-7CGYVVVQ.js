import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parse
} from "./chunk-CKMWDXZT.js";
import {
  usageError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/index-cmd.ts
var import_node_path = __toESM(require_path(), 1);
function joinValues(argv) {
  let out = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    (arg === "--entry" || arg === "--key") && i + 1 < argv.length ? out.push(`${arg}=${argv[++i]}`) : out.push(arg);
  }
  return out;
}
async function add(argv, io) {
  let usage = "baton index add INDEX --entry TEXT [--key K] [--json]", { values, positionals } = parse(joinValues(argv), { entry: { type: "string" }, key: { type: "string" }, json: { type: "boolean" } }, usage, 1);
  if (positionals[0] === void 0) throw usageError("index add needs the INDEX file", `usage: ${usage}`);
  if (values.entry === void 0) throw usageError("index add needs --entry TEXT", `usage: ${usage}`);
  let { indexAdd } = await import("./write-R77BYCED.js"), result = await indexAdd((0, import_node_path.resolve)(io.cwd, positionals[0]), values.entry, values.key, { env: io.env });
  return values.json ? io.stdout(`${JSON.stringify(result, null, 2)}
`) : io.stdout(`${result.action} ${result.key} at ${result.path}:${result.line}
`), 0;
}
async function indexCommand(argv, io) {
  let [sub, ...rest] = argv;
  if (sub === "add") return add(rest, io);
  throw usageError(sub ? `unknown command "index ${sub}"` : "missing index command", "usage: baton index add INDEX --entry TEXT [--key K]");
}
export {
  indexCommand
};
