import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  normaliseRemote
} from "./chunk-CGO5D2SL.js";
import {
  parentsOf
} from "./chunk-76TKOTCD.js";

// src/core/handoff-meta.ts
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
function belongsTo(meta, root, remote) {
  if (remote && typeof meta.remote == "string" && meta.remote !== "") return normaliseRemote(meta.remote) === remote;
  let project = handoffProject(meta);
  return project === void 0 || project === root;
}
function handoffMeta(facts) {
  return {
    baton: 1,
    created: facts.now.toISOString(),
    session: facts.session ?? "",
    project: facts.project,
    ...facts.remote ? { remote: facts.remote } : {},
    branch: facts.branch,
    commit: facts.commit,
    dirty: facts.dirty,
    host: facts.host,
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
  belongsTo,
  handoffMeta,
  importedMeta
};
