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

// src/cli/commands/lock-write.ts
var import_node_path = __toESM(require_path(), 1);
async function lockWriteCommand({ values, positionals, usage }, io) {
  if (positionals[0] === void 0) throw usageError("lock-write needs the TARGET file", `usage: ${usage}`);
  let expect = values["expect-sha256"];
  if (expect !== void 0 && !/^[0-9a-fA-F]{64}$/.test(expect))
    throw usageError(
      `--expect-sha256 takes 64 hex digits, got "${expect}"`,
      `get it with: sha256sum '${positionals[0]}'`
    );
  if (io.stdinIsTTY)
    throw usageError(
      "lock-write reads the new content from stdin, which is a terminal",
      `pipe it in: cat new.md | ${usage}`
    );
  let content = io.readStdinBytes ? await io.readStdinBytes() : Buffer.from(await io.readStdin()), { lockWrite } = await import("./write-ECMQGLJ2.js"), result = await lockWrite((0, import_node_path.resolve)(io.cwd, positionals[0]), content, {
    env: io.env,
    ...expect === void 0 ? {} : { expectSha256: expect }
  });
  return values.json ? io.stdout(`${JSON.stringify(result, null, 2)}
`) : io.stdout(`${result.path} ${result.sha256}
`), 0;
}
export {
  lockWriteCommand
};
