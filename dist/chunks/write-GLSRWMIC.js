import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  readEntry
} from "./chunk-E4ZENGIC.js";
import {
  parseHandoff,
  renderHandoff
} from "./chunk-HWJOO4M3.js";
import {
  publishExclusive
} from "./chunk-UWWC5LSQ.js";
import {
  ensureDir,
  fsError,
  listEntries
} from "./chunk-7IHPYT24.js";
import {
  candidateName,
  doneName,
  formatStamp
} from "./chunk-52RVX4HS.js";
import {
  dirtyCount,
  gitState
} from "./chunk-IHPJGJUS.js";
import "./chunk-FNSZFOFE.js";
import {
  require_os
} from "./chunk-EHGXJL57.js";
import {
  require_fs
} from "./chunk-MLYNGDWY.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/write.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1), import_node_path = __toESM(require_path(), 1);
async function writeHandoff(options) {
  let input = parseHandoff(options.text);
  if (input.body.trim() === "")
    throw new BatonError("EEMPTY", "the handoff body is empty: nothing was written", {
      hint: "pipe the handoff markdown on stdin or pass --file, e.g. `printf '## Session summary\\n...' | baton handoff write`"
    });
  let warnings = input.error ? [input.error] : [];
  options.inspect !== !1 && warnings.push(...(await import("./sections-DKKVROFT.js")).inspectSections(input.body).warnings), ensureDir(options.dir);
  let git = gitState(options.cwd), own = ["baton", "created", "session", "project", "branch", "commit", "dirty", "host", "auto", "consumed"], extra = Object.fromEntries(Object.entries(input.meta).filter(([k]) => !own.includes(k))), meta = {
    baton: 1,
    created: options.now.toISOString(),
    session: options.session ?? "",
    project: git.root,
    branch: git.branch,
    commit: git.commit,
    dirty: git.inRepo ? dirtyCount(git.root) : 0,
    host: (0, import_node_os.hostname)(),
    ...options.auto ? { auto: !0 } : {},
    ...extra
  }, slug = slugify(options.slug || git.branch), stamp = formatStamp(options.now), path;
  try {
    path = publishExclusive(options.dir, (n) => candidateName(stamp, slug, n), renderHandoff(meta, input.body), {
      taken: (name) => (0, import_node_fs.existsSync)((0, import_node_path.join)(options.dir, doneName(name)))
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
    doc?.meta.auto === !0 && doc.meta.session === session && ((0, import_node_fs.rmSync)(entry.path, { force: !0 }), dropped.push(entry.path));
  }
  return dropped;
}
export {
  writeHandoff
};
