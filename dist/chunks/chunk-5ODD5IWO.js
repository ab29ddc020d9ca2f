import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parentsOf
} from "./chunk-76TKOTCD.js";
import {
  normaliseRemote
} from "./chunk-3MPKVRL5.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/core/handoff-meta.ts
var import_node_path = __toESM(require_path(), 1);
var str = (v) => typeof v == "string" && v !== "" ? v : void 0;
function itemFields(meta) {
  return {
    created: str(meta.created),
    branch: str(meta.branch),
    commit: str(meta.commit),
    session: str(meta.session),
    auto: meta.auto === !0,
    project: handoffProject(meta),
    parents: parentsOf(meta)
  };
}
function handoffProject(meta) {
  return typeof meta.project == "string" && meta.project !== "" ? meta.project : void 0;
}
function routeOf(meta, here) {
  let project = handoffProject(meta);
  if (project === void 0) return "here";
  let remote = str(meta.remote);
  return (here.remote && remote ? normaliseRemote(remote) === here.remote : project === here.root || sameRepository(meta, project, here)) ? project !== here.root && here.live?.(project) === !0 ? "worktree" : "here" : "elsewhere";
}
function sameRepository(meta, project, here) {
  if (here.repo === void 0) return !1;
  let repo = str(meta.repo);
  if (repo !== void 0) return repo === here.repo;
  if (project === here.repo || project.startsWith(`${here.repo}/.claude/worktrees/`) || here.live?.(project)) return !0;
  let commit = str(meta.commit);
  return commit === void 0 || (0, import_node_path.dirname)(project) !== (0, import_node_path.dirname)(here.repo) ? !1 : here.exists?.(project) === !1 && here.knows?.(commit) === !0;
}
function belongsTo(meta, root, remote) {
  return routeOf(meta, { root, remote }) === "here";
}
function handoffMeta(facts) {
  return {
    baton: 1,
    created: facts.now.toISOString(),
    session: facts.session ?? "",
    project: facts.project,
    ...facts.repo ? { repo: facts.repo } : {},
    ...facts.remote ? { remote: facts.remote } : {},
    branch: facts.branch,
    commit: facts.commit,
    dirty: facts.dirty,
    host: facts.host,
    ...facts.from ? { from: facts.from } : {},
    ...facts.to ? { to: facts.to } : {},
    ...facts.auto ? { auto: !0 } : {},
    ...facts.redacted ? { redacted: facts.redacted } : {},
    ...facts.parents?.length ? { parents: [...facts.parents] } : {}
  };
}
function importedMeta(own, created, legacy, mark) {
  return { baton: 1, created: created.toISOString(), session: "", ...own, legacy, legacyImport: mark };
}

export {
  itemFields,
  handoffProject,
  routeOf,
  belongsTo,
  handoffMeta,
  importedMeta
};
