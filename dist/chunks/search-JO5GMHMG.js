import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  intFlag
} from "./chunk-SPQTLREL.js";
import {
  parseQuery,
  renderFenced,
  renderHits
} from "./chunk-CEIWPW4K.js";
import "./chunk-W7FFIWGE.js";
import {
  gitState
} from "./chunk-PNZXFP77.js";
import "./chunk-HII3WHUD.js";
import {
  claudeHome,
  handoffDir
} from "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-BEEX73Q6.js";
import {
  usageError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/cli/commands/search.ts
var json = (io, value) => io.stdout(`${JSON.stringify(value, null, 2)}
`);
function queryText(positionals) {
  return positionals.map((p) => /\s/.test(p.trim()) && !p.includes('"') ? `"${p}"` : p).join(" ");
}
function sinceFlag(value, now) {
  if (value === void 0) return;
  let days = /^(\d+)d$/.exec(value);
  if (days) return now.getTime() - Number(days[1]) * 864e5;
  let bad = usageError(`--since takes a date (2026-11-20), an ISO time or Nd (7d), got "${value}"`), date = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/.exec(value);
  if (date) {
    let [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) throw bad;
  }
  let t = date?.[0] === value ? new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3])).getTime() : Date.parse(value);
  if (Number.isNaN(t)) throw bad;
  return t;
}
async function search({ values, positionals, usage }, io) {
  if (positionals.length === 0) throw usageError("search needs a QUERY", `usage: ${usage}`);
  let query = parseQuery(queryText(positionals)), { searchHandoffs } = await import("./search-I3J2ESW2.js"), dir = handoffDir(io.env, values.dir), all = values.all ?? !1, project = all ? void 0 : gitState(io.cwd).root, result = await searchHandoffs({
    dir,
    home: claudeHome(io.env),
    query,
    project,
    section: values.section,
    branch: values.branch,
    since: sinceFlag(values.since, io.now()),
    limit: intFlag(values.limit, "limit", 10, 1),
    grep: io.env.BATON_SEARCH_GREP !== "0"
  });
  for (let w of result.warnings) io.stderr(`${w}
`);
  return values.json ? (json(io, { query: query.terms.map((t) => t.text), project: project ?? "*", more: result.more, hits: result.hits }), 0) : values.fenced ? (io.stdout(renderFenced(result.hits, { query: queryText(positionals), more: result.more })), 0) : result.hits.length === 0 ? (io.stdout(`No handoff matches${all ? "" : " in this project (try --all)"}.
`), 0) : (io.stdout(renderHits(result.hits, { all })), result.more && io.stdout(`
More handoffs match: narrow the query or raise --limit.
`), 0);
}
async function log({ values, positionals, usage }, io) {
  let name = positionals[0];
  if (!name) throw usageError("log needs a handoff NAME", `usage: ${usage}`);
  let { handoffLineage } = await import("./lineage-log-7DXSSI5P.js"), { renderLineage } = await import("./lineage-AC5NOJ36.js"), result = await handoffLineage(handoffDir(io.env, values.dir), claudeHome(io.env), name);
  for (let w of result.warnings) io.stderr(`${w}
`);
  return values.json ? json(io, result.lineage) : io.stdout(renderLineage(result.lineage)), 0;
}
export {
  log,
  queryText,
  search,
  sinceFlag
};
