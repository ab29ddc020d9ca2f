import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/handoff-meta.ts
var str = (v) => typeof v == "string" && v !== "" ? v : void 0;
function itemFields(meta) {
  return {
    created: str(meta.created),
    branch: str(meta.branch),
    commit: str(meta.commit),
    session: str(meta.session),
    auto: meta.auto === !0,
    project: handoffProject(meta)
  };
}
function handoffProject(meta) {
  return typeof meta.project == "string" && meta.project !== "" ? meta.project : void 0;
}
function belongsTo(meta, root) {
  let project = handoffProject(meta);
  return project === void 0 || project === root;
}
function handoffMeta(facts) {
  return {
    baton: 1,
    created: facts.now.toISOString(),
    session: facts.session ?? "",
    project: facts.project,
    branch: facts.branch,
    commit: facts.commit,
    dirty: facts.dirty,
    host: facts.host,
    ...facts.auto ? { auto: !0 } : {},
    ...facts.redacted ? { redacted: facts.redacted } : {}
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
