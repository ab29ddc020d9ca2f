import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  publishExclusive
} from "./chunk-WQ6HEJFG.js";
import {
  readEntry
} from "./chunk-PAJK2MQO.js";
import {
  ensureDir,
  fsError,
  listEntries
} from "./chunk-ZO4ZI5CS.js";
import {
  candidateName,
  doneName,
  formatStamp
} from "./chunk-52RVX4HS.js";
import {
  dirtyCount,
  gitState
} from "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  parseHandoff,
  renderHandoff
} from "./chunk-HWJOO4M3.js";
import "./chunk-EGU3MAJP.js";

// src/io/write.ts
import { existsSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
async function writeHandoff(options) {
  let input = parseHandoff(options.text);
  if (input.body.trim() === "")
    throw new BatonError("EEMPTY", "the handoff body is empty: nothing was written", {
      hint: "pipe the handoff markdown on stdin or pass --file, e.g. `printf '## Session summary\\n...' | baton handoff write`"
    });
  let warnings = input.error ? [input.error] : [];
  options.inspect !== !1 && warnings.push(...(await import("./sections-SYMWO2BP.js")).inspectSections(input.body).warnings), ensureDir(options.dir);
  let git = gitState(options.cwd), own = ["baton", "created", "session", "project", "branch", "commit", "dirty", "host", "auto", "consumed"], extra = Object.fromEntries(Object.entries(input.meta).filter(([k]) => !own.includes(k))), meta = {
    baton: 1,
    created: options.now.toISOString(),
    session: options.session ?? "",
    project: git.root,
    branch: git.branch,
    commit: git.commit,
    dirty: git.inRepo ? dirtyCount(git.root) : 0,
    host: hostname(),
    ...options.auto ? { auto: !0 } : {},
    ...extra
  }, slug = slugify(options.slug || git.branch), stamp = formatStamp(options.now), path;
  try {
    path = publishExclusive(options.dir, (n) => candidateName(stamp, slug, n), renderHandoff(meta, input.body), {
      taken: (name) => existsSync(join(options.dir, doneName(name)))
    });
  } catch (error) {
    throw error instanceof BatonError ? error : fsError(error, "write a handoff in", options.dir);
  }
  let replaced = options.session ? dropAutosaves(options.dir, options.session, path) : [];
  return { path, warnings, replaced };
}
function dropAutosaves(dir, session, keep) {
  let dropped = [];
  for (let entry of listEntries(dir).pending) {
    if (entry.path === keep) continue;
    let doc = readEntry(entry.path);
    doc?.meta.auto === !0 && doc.meta.session === session && (rmSync(entry.path, { force: !0 }), dropped.push(entry.path));
  }
  return dropped;
}
export {
  writeHandoff
};
