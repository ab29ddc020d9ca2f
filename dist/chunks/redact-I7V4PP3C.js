import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import "./chunk-Q2OJ57LK.js";
import {
  usageError
} from "./chunk-YT5RMEHU.js";
import {
  describeCounts
} from "./chunk-X6ZI5DKC.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/redact.ts
var import_node_path = __toESM(require_path(), 1);
var hintOf = (error) => error.hint;
async function redactCommand({ values, positionals, usage }, io) {
  if (positionals.length === 0)
    throw usageError("redact needs at least one FILE", `usage: ${usage}, e.g. baton redact ~/.claude/handoffs/*.md`);
  let { scrubFile } = await import("./scrub-BITFNHHC.js"), files = [], failed = 0;
  for (let name of positionals) {
    let file = (0, import_node_path.resolve)(io.cwd, name);
    try {
      files.push(await scrubFile(file, { fix: values.fix === !0, env: io.env }));
    } catch (error) {
      failed++, io.stderr(`baton: ${file}: ${error.message}${hintOf(error) ? ` (${hintOf(error)})` : ""}
`);
    }
  }
  let left = files.filter((f) => f.findings.length > 0 && !f.fixed);
  if (values.json) io.stdout(`${JSON.stringify({ files, failed }, null, 2)}
`);
  else {
    for (let f of files)
      for (let x of f.findings)
        io.stdout(`${f.file}:${x.line}:${x.column}: ${x.kind}${f.fixed ? " (redacted)" : ""}
`);
    for (let f of files.filter((g) => g.fixed))
      io.stderr(`baton: redacted ${describeCounts(f.counts)} in ${f.file}
`);
  }
  if (left.length > 0) {
    let total = left.reduce((n, f) => n + f.findings.length, 0);
    io.stderr(
      `baton: ${total} credential(s) found in ${left.length} file(s); run \`baton redact --fix FILE\u2026\` to redact them in place
`
    );
  }
  let clean = files.filter((f) => f.findings.length === 0).length;
  return !values.json && clean > 0 && left.length === 0 && io.stderr(`baton: no credentials found in ${clean} file(s)
`), left.length > 0 || failed > 0 ? 1 : 0;
}
export {
  redactCommand
};
