import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import "./chunk-EGU3MAJP.js";

// src/cli/commands/_memory-render.ts
var range = (from, to) => from === to ? `line ${from}` : `lines ${from}\u2013${to}`, where = (t) => t.entries === void 0 ? range(t.from, t.to) : `${t.entries} entries in ${range(t.from, t.to)}`;
function renderSplit(result) {
  let out = [], plan = result.plan;
  if (result.missing) return `${result.file}: no such file, nothing to split.
`;
  if (!plan || !plan.changed)
    return `${result.file}: nothing to split (no section longer than 3 lines). Nothing was changed.
`;
  out.push(result.dryRun ? `Plan for ${result.file} (dry run: nothing is changed):` : `Split ${result.file}:`);
  let rows = [
    ...plan.kept.map((k) => ({ from: k.from, text: `${range(k.from, k.to).padEnd(16)} stay in MEMORY.md   ${k.title}` })),
    ...plan.topics.map((t) => ({
      from: t.from,
      text: `${where(t).padEnd(16)} \u2192 ${t.file}${t.append ? " (appended: the file exists)" : ""}   ${t.title}`
    }))
  ].sort((a, b) => a.from - b.from);
  for (let row of rows) out.push(`  ${row.text}`);
  return out.push(`New index: ${plan.lines} lines, ${plan.chars} characters.`), result.backup && out.push(`Original backed up to ${result.backup}`), result.dryRun || out.push("", "--- MEMORY.md now ---", plan.index.trimEnd()), `${out.join(`
`)}
`;
}
export {
  renderSplit
};
