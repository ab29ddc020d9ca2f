import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemoryFile
} from "./chunk-ZXZE4QSK.js";
import {
  describeCheck,
  memoryFile
} from "./chunk-IRQ52UWE.js";
import {
  MEMORY_LIMITS
} from "./chunk-VSM7S43G.js";
import {
  intFlag
} from "./chunk-SPQTLREL.js";
import "./chunk-PNZXFP77.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/memory.ts
var import_node_path = __toESM(require_path(), 1);
var json = (io, value) => io.stdout(`${JSON.stringify(value, null, 2)}
`), target = (io, file, project) => file !== void 0 ? (0, import_node_path.resolve)(io.cwd, file) : memoryFile((0, import_node_path.resolve)(io.cwd, project ?? "."), io.env), limits = (values) => ({
  maxLines: intFlag(values["max-lines"], "max-lines", MEMORY_LIMITS.lines, 1),
  maxChars: intFlag(values["max-bytes"], "max-bytes", MEMORY_LIMITS.chars, 1)
});
function path({ values }, io) {
  let file = target(io, void 0, values.project);
  return values.json ? json(io, { file }) : io.stdout(`${file}
`), 0;
}
async function check({ values, positionals }, io) {
  let result = await checkMemoryFile(target(io, positionals[0], values.project), limits(values));
  return values.json ? json(io, { file: result.file, exists: result.exists, ...result.check }) : result.check ? (io.stdout(`${describeCheck(result.file, result.check)}
`), result.check.fits || io.stdout(
    `What to do: baton memory split '${result.file}' (or /baton:memory-split in Claude Code) moves sections into topic files so that the index fits.
`
  )) : io.stdout(`${result.file}: no such file yet, so nothing is hidden.
`), result.check && !result.check.fits && !values["exit-zero"] ? 1 : 0;
}
async function split({ values, positionals }, io) {
  let file = target(io, positionals[0], values.project), { splitMemory } = await import("./split-ROO7KN3R.js"), result = await splitMemory(file, {
    ...limits(values),
    dryRun: values["dry-run"] ?? !1,
    env: io.env,
    now: io.now()
  });
  if (values.json)
    return json(io, {
      file,
      missing: result.missing,
      changed: result.changed,
      dryRun: result.dryRun,
      backup: result.backup ?? null,
      lines: result.plan?.lines ?? 0,
      chars: result.plan?.chars ?? 0,
      kept: result.plan?.kept ?? [],
      topics: (result.plan?.topics ?? []).map((t) => ({
        file: t.file,
        title: t.title,
        from: t.from,
        to: t.to,
        append: t.append,
        summary: t.summary,
        indexLine: t.indexLine ?? null
      })),
      index: result.plan?.changed ? result.plan.index : null
    }), 0;
  let { renderSplit } = await import("./_memory-render-5NLNS4T4.js");
  return io.stdout(renderSplit(result)), 0;
}
export {
  check,
  path,
  split
};
