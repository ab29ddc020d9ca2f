import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  clip,
  firstSentence
} from "./chunk-M43FUQ37.js";
import {
  commentBlocks
} from "./chunk-PAGXD24X.js";
import {
  MEMORY_FILE,
  memoryDir,
  overWhat
} from "./chunk-IRQ52UWE.js";
import {
  checkMemory
} from "./chunk-VSM7S43G.js";
import {
  formatEntry,
  indexEntries,
  isEntryLine,
  linkTarget,
  upsertEntry
} from "./chunk-W65CX65Y.js";
import "./chunk-LRVVQJZT.js";
import {
  decodeUtf8
} from "./chunk-VWTCETGB.js";
import {
  UPDATE_ATTEMPTS,
  commitFile
} from "./chunk-PE2KOFPH.js";
import "./chunk-KYZYOAEM.js";
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  gitState
} from "./chunk-PNZXFP77.js";
import {
  publishExclusive
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  parseHandoff
} from "./chunk-7OVCZP5F.js";
import {
  withLocks
} from "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/_memory-ns.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/io/memory/namespace.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);

// src/core/memory/namespace.ts
function branchSlug(branch) {
  return slugify(branch, "");
}
function conflictName(name, slug, attempt) {
  let stem = name.replace(/\.md$/i, "");
  return attempt <= 1 ? `${stem}.${slug}.md` : `${stem}.${slug}-${attempt}.md`;
}
function retarget(line, from, to) {
  if (from === to) return line;
  let at = line.indexOf(`](${from}`);
  return at === -1 ? line : `${line.slice(0, at + 2)}${to}${line.slice(at + 2 + from.length)}`;
}
function entryForFile(file, content) {
  let doc = parseHandoff(content), meta = doc.meta, lines = doc.body.split(/\r?\n/), title = lines.find((l) => /^ {0,3}#{1,6}\s+\S/.test(l))?.replace(/^ {0,3}#{1,6}\s+|\s+#*\s*$/g, "") ?? (typeof meta.name == "string" && meta.name !== "" ? meta.name : file.replace(/\.md$/i, "")), prose = lines.find((l) => l.trim() !== "" && !/^ {0,3}(#|```|~~~|---)/.test(l)) ?? "", summary = typeof meta.description == "string" && meta.description.trim() !== "" ? firstSentence(meta.description) : firstSentence(prose.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""));
  return formatEntry(clip(title, 80), file, summary);
}
function entriesByTarget(index) {
  let map = /* @__PURE__ */ new Map();
  for (let line of index.split(/\r?\n/)) {
    let target = isEntryLine(line) ? linkTarget(line) : void 0;
    target !== void 0 && !map.has(target) && map.set(target, line);
  }
  return map;
}
function hasEntry(index, key) {
  return indexEntries(index).some((e) => e.target === key || e.target === void 0 && e.label === key);
}
function onlyEntries(index) {
  let lines = index.split(/\r?\n/).filter((l) => l.trim() !== "");
  return (/^ {0,3}# /.test(lines[0] ?? "") ? lines.slice(1) : lines).every(isEntryLine);
}

// src/io/memory/namespace.ts
function namespaceDir(memoryDir2, branch) {
  let slug = branchSlug(branch);
  if (slug === "")
    throw new BatonError(
      "ENOBRANCH",
      branch === "" ? "not on a branch (no git repository, or a detached HEAD)" : `branch "${branch}" gives no usable folder name`,
      {
        hint: "name the branch: --branch feat/x"
      }
    );
  return (0, import_node_path.join)(memoryDir2, slug);
}
function ensureNamespace(memoryDir2, branch) {
  let dir = namespaceDir(memoryDir2, branch);
  try {
    let made = (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    return { dir, created: made !== void 0 };
  } catch (error) {
    throw fileError(error, "create the memory namespace", dir);
  }
}
function place(memoryDir2, name, content, slug) {
  for (; ; ) {
    let existing = readIfExists((0, import_node_path.join)(memoryDir2, name), "user")?.bytes;
    if (existing?.equals(content)) return { as: name, how: "identical" };
    if (existing !== void 0) {
      let as = publishExclusive(memoryDir2, (n) => conflictName(name, slug, n), content, { mode: 420 });
      return { as: (0, import_node_path.basename)(as), how: "conflict" };
    }
    try {
      return publishExclusive(memoryDir2, () => name, content, { mode: 420, attempts: 1 }), { as: name, how: "moved" };
    } catch (error) {
      if (!(error instanceof BatonError && error.code === "EFULL"))
        throw fileError(error, "move a file into", memoryDir2);
    }
  }
}
function commitIndex(path, first, planned, adds, lease) {
  let before = first, index = planned;
  for (let n = 1; ; n++)
    try {
      return commitFile(path, index, lease, before), index;
    } catch (error) {
      if (!(error instanceof BatonError && error.code === "ECHANGED") || n >= UPDATE_ATTEMPTS) throw error;
      before = readIfExists(path, "user")?.bytes, index = before === void 0 ? "" : decodeUtf8(before, path, "merge entries into it");
      for (let [key, line] of adds) hasEntry(index, key) || (index = upsertEntry(index, line, key).text);
    }
}
async function mergeNamespace(memoryDir2, branch, lock = {}) {
  let nsDir = namespaceDir(memoryDir2, branch), indexPath = (0, import_node_path.join)(memoryDir2, MEMORY_FILE);
  return withLocks(
    [memoryDir2, indexPath],
    async ([, indexLease]) => {
      let dirents = listNamespace(nsDir, branch, memoryDir2), result = {
        namespace: nsDir,
        moved: [],
        identical: [],
        conflicts: [],
        entries: [],
        skipped: [],
        removed: !1,
        check: checkMemory("")
      }, nsIndexPath = (0, import_node_path.join)(nsDir, MEMORY_FILE), nsIndexBytes = readIfExists(nsIndexPath, "user")?.bytes, nsIndex = nsIndexBytes === void 0 ? "" : decodeUtf8(nsIndexBytes, nsIndexPath, "merge it"), first = readIfExists(indexPath, "user")?.bytes, text = first === void 0 ? "" : decodeUtf8(first, indexPath, "merge entries into it"), index = new IndexAdds(text, result.entries);
      if (moveFiles(dirents, { nsDir, memoryDir: memoryDir2, slug: branchSlug(branch) }, entriesByTarget(nsIndex), index, result), nsIndex !== "") {
        if (!onlyEntries(nsIndex)) {
          let { as } = place(memoryDir2, `MEMORY.${branchSlug(branch)}.md`, nsIndexBytes, branchSlug(branch));
          result.conflicts.push({ file: MEMORY_FILE, keptAs: as }), index.add(as, `- [Notes from branch ${branch}](${as}) \u2014 the branch's own MEMORY.md, kept whole`);
        }
        (0, import_node_fs.rmSync)(nsIndexPath, { force: !0 });
      }
      let written = index.adds.length > 0 ? commitIndex(indexLease.target, first, index.text, index.adds, indexLease) : index.text;
      try {
        (0, import_node_fs.rmdirSync)(nsDir), result.removed = !0;
      } catch {
      }
      return result.check = checkMemory(written, { comments: commentBlocks }), result;
    },
    lock
  );
}
function listNamespace(nsDir, branch, memoryDir2) {
  try {
    return (0, import_node_fs.readdirSync)(nsDir, { withFileTypes: !0 }).sort((a, b) => a.name < b.name ? -1 : 1);
  } catch (error) {
    throw hasCode(error, "ENOENT") ? new BatonError("ENONS", `branch "${branch}" has no memory namespace: ${nsDir} does not exist`, {
      file: nsDir,
      hint: "list namespaces with: ls " + memoryDir2
    }) : fileError(error, "read", nsDir);
  }
}
var IndexAdds = class {
  adds = [];
  text;
  added;
  constructor(text, added) {
    this.text = text, this.added = added;
  }
  /** Adds `line` for `key` unless the index has an entry for it already. */
  add(key, line) {
    hasEntry(this.text, key) || (this.text = upsertEntry(this.text, line, key).text, this.adds.push([key, line]), this.added.push(line));
  }
};
function moveFiles(dirents, where2, nsEntries, index, result) {
  for (let d of dirents) {
    if (d.name === MEMORY_FILE) continue;
    let from = (0, import_node_path.join)(where2.nsDir, d.name);
    if (!d.isFile()) {
      result.skipped.push(from);
      continue;
    }
    let content = readIfExists(from, "user")?.bytes ?? Buffer.alloc(0), { as, how } = place(where2.memoryDir, d.name, content, where2.slug);
    how === "moved" ? result.moved.push(as) : how === "identical" ? result.identical.push(as) : result.conflicts.push({ file: d.name, keptAs: as }), d.name.endsWith(".md") && index.add(as, retarget(nsEntries.get(d.name) ?? entryForFile(as, content.toString("utf8")), d.name, as)), (0, import_node_fs.rmSync)(from, { force: !0 });
  }
}

// src/cli/commands/_memory-ns.ts
var json = (io, value) => io.stdout(`${JSON.stringify(value, null, 2)}
`), where = (io, values) => {
  let project = (0, import_node_path2.resolve)(io.cwd, values.project ?? ".");
  return { dir: memoryDir(project, io.env), branch: values.branch ?? gitState(project).branch };
};
function ns({ values }, io) {
  let { dir, branch } = where(io, values), made = ensureNamespace(dir, branch);
  return values.json ? json(io, { namespace: `${made.dir}/`, branch, created: made.created }) : io.stdout(`${made.dir}/
`), 0;
}
async function merge({ values }, io) {
  let { dir, branch } = where(io, values), r = await mergeNamespace(dir, branch, { env: io.env });
  if (values.json)
    return json(io, { ...r, check: { fits: r.check.fits, lines: r.check.lines, chars: r.check.chars } }), 0;
  io.stdout(
    `Merged ${r.namespace} into ${dir}: ${r.moved.length} moved in, ${r.identical.length} already there, ${r.conflicts.length} conflict(s), ${r.entries.length} index entr${r.entries.length === 1 ? "y" : "ies"} added.
`
  );
  for (let f of r.moved) io.stdout(`  moved     ${f}
`);
  for (let c of r.conflicts) io.stdout(`  CONFLICT  ${c.file} differs from the main copy: kept as ${c.keptAs}
`);
  for (let s of r.skipped) io.stdout(`  skipped   ${s} (not a regular file; left in place)
`);
  return r.conflicts.length > 0 && io.stderr(
    `baton: warning: ${r.conflicts.length} conflict(s): both versions are kept. Compare each pair, merge by hand, then delete the copy you no longer need.
`
  ), r.check.fits || io.stderr(`baton: warning: MEMORY.md is now ${overWhat(r.check)}: run baton memory split.
`), 0;
}
export {
  merge,
  ns
};
