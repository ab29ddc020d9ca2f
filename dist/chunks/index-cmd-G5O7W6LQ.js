import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
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
async function indexAdd({ values, positionals, usage }, io) {
  if (positionals[0] === void 0) throw usageError("index add needs the INDEX file", `usage: ${usage}`);
  if (values.entry === void 0) throw usageError("index add needs --entry TEXT", `usage: ${usage}`);
  let { indexAdd: indexAdd2 } = await import("./write-ECMQGLJ2.js"), result = await indexAdd2((0, import_node_path.resolve)(io.cwd, positionals[0]), values.entry, values.key, { env: io.env });
  return values.json ? io.stdout(`${JSON.stringify(result, null, 2)}
`) : io.stdout(`${result.action} ${result.key} at ${result.path}:${result.line}
`), 0;
}
export {
  indexAdd
};
