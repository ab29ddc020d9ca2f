import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  publishExclusive
} from "./chunk-VEKZ2LT2.js";
import {
  dirtyCount,
  gitState
} from "./chunk-7NYXGRWR.js";
import {
  candidateName,
  doneName,
  ensureDir,
  formatStamp,
  fsError,
  listEntries,
  parseHandoff,
  readEntry,
  renderHandoff
} from "./chunk-432MTFWS.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-EGU3MAJP.js";

// src/io/write.ts
import { existsSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

// src/core/slug.ts
function slugify(input, fallback = "session") {
  let slug = (input ?? "").normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}

// src/io/write.ts
async function writeHandoff(options) {
  let input = parseHandoff(options.text);
  if (input.body.trim() === "")
    throw new BatonError("EEMPTY", "the handoff body is empty: nothing was written", {
      hint: "pipe the handoff markdown on stdin or pass --file, e.g. `printf '## Session summary\\n...' | baton handoff write`"
    });
  let { inspectSections } = await import("./sections-NEYTAKVR.js"), warnings = [...input.error ? [input.error] : [], ...inspectSections(input.body).warnings];
  ensureDir(options.dir);
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
