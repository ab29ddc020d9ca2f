import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  deletedNotes,
  isSyncRepo,
  readHistory
} from "./chunk-MLZDF3EP.js";
import {
  hitOf,
  labelOffsets,
  matchRanges,
  noteTime,
  onlySpans,
  passes,
  queryWords
} from "./chunk-CEIWPW4K.js";
import "./chunk-W7FFIWGE.js";
import "./chunk-A253VJLM.js";
import {
  require_child_process
} from "./chunk-2TFEABJ7.js";
import "./chunk-ULK3WFFH.js";
import {
  belongsTo
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  handoffText
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import {
  MAX_UNTRUSTED
} from "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  noteKey,
  parentsOf
} from "./chunk-76TKOTCD.js";
import {
  historyFile
} from "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import {
  formatStamp,
  parseName,
  stampTime
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/search-scan.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function handoffNames(dir) {
  let entries;
  try {
    entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: !0 });
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return [];
    throw fileError(error, "read the handoff directory", dir);
  }
  let out = [], prefix = (0, import_node_path.join)(dir, "/");
  for (let entry of entries) {
    let name = entry.name;
    if (!name.endsWith(".md") || !entry.isFile()) continue;
    let p = parseName(name);
    p && out.push({
      stamp: p.stamp,
      slug: p.slug,
      consumed: p.consumed,
      pendingName: p.pendingName,
      name,
      path: prefix + name
    });
  }
  return out;
}
var FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0), Scanner = class {
  raw = Buffer.allocUnsafe(64 * 1024);
  /** words to find in the bytes (ASCII words only: a byte test cannot fold other letters) */
  needles;
  /** @param words the query's words, lower-cased */
  constructor(words) {
    this.needles = words.filter((w) => /^[\x20-\x7e]+$/.test(w));
  }
  /**
   * Reads `path` (a regular file when listed) and tests it for the words.
   * No `fstat`: a file swapped for a FIFO or a folder since the listing fails
   * to read (`O_NONBLOCK`: never blocks), and reading stops at 8 MiB.
   */
  scan(path) {
    let fd;
    try {
      fd = (0, import_node_fs.openSync)(path, FLAGS);
    } catch (error) {
      return hasCode(error, "ENOENT", "ELOOP", "ENOTDIR") ? { kind: "skip" } : { kind: "retry" };
    }
    try {
      let got = 0;
      for (; ; ) {
        if (got === this.raw.length) {
          if (got > MAX_UNTRUSTED) return { kind: "retry" };
          let bigger = Buffer.allocUnsafe(Math.min(this.raw.length * 4, MAX_UNTRUSTED + 1));
          this.raw.copy(bigger, 0, 0, got), this.raw = bigger;
        }
        let n = (0, import_node_fs.readSync)(fd, this.raw, got, this.raw.length - got, null);
        if (n === 0) break;
        got += n;
      }
      return got > MAX_UNTRUSTED ? { kind: "retry" } : this.test(got) ? { kind: "text", text: this.raw.toString("utf8", 0, got) } : { kind: "no" };
    } catch {
      return { kind: "retry" };
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  }
  /**
   * Whether the first `n` bytes read hold every ASCII word, ignoring case: as
   * Latin-1 each byte is one character, so an ASCII word is found in UTF-8 text
   * exactly where it is (the fastest way through V8: one copy, one lower-casing).
   */
  test(n) {
    if (this.needles.length === 0) return !0;
    let text = this.raw.toString("latin1", 0, n).toLowerCase();
    return this.needles.every((w) => text.includes(w));
  }
};
function grepArgs(word) {
  if (!(process.platform !== "linux" || !/^[\x20-\x7e]+$/.test(word)))
    return ["-rlFi", "--exclude-dir=[!.]*", "--exclude-dir=.?*", "--include=*.md", "-e", word, "--", "."];
}
var grepEnv = () => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C" });
function grepNamesOf(stdout) {
  let names = /* @__PURE__ */ new Set();
  for (let line of stdout.split(`
`))
    if (line !== "") {
      if (!line.startsWith("./") || line.indexOf("/", 2) !== -1) return;
      names.add(Buffer.from(line.slice(2), "latin1").toString("utf8"));
    }
  return names;
}

// src/io/handoff/search-grep.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var MAX_OUTPUT = 1 << 28;
function startGrep(dir, word) {
  let args = grepArgs(word);
  if (args === void 0) return;
  let child, answer, settle = () => {
  }, settled = new Promise((resolve) => settle = resolve), finish = (names) => {
    answer === void 0 && (answer = names, clearTimeout(timer), settle(names));
  }, chunks = [], size = 0;
  try {
    child = (0, import_node_child_process.spawn)("grep", args, { cwd: dir, env: grepEnv(), stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return;
  }
  let stop = () => {
    child.exitCode === null && child.signalCode === null && child.kill(), child.stdout?.destroy(), child.unref();
  }, timer = setTimeout(() => {
    stop(), finish(null);
  }, 3e4);
  return timer.unref(), child.on("error", () => finish(null)), child.stdout.on("data", (chunk) => {
    size += chunk.length, size > MAX_OUTPUT ? (stop(), finish(null)) : chunks.push(chunk);
  }), child.on("close", (code, signal) => {
    if (signal || code !== 0 && code !== 1) return finish(null);
    finish(grepNamesOf(Buffer.concat(chunks).toString("latin1")) ?? null);
  }), {
    names: () => answer,
    tick: () => new Promise((resolve) => setImmediate(resolve)),
    done: () => settled,
    stop: () => {
      stop(), finish(null);
    }
  };
}

// src/io/handoff/search.ts
var sectionsModule, sectionsLib = async () => sectionsModule ??= await import("./sections-U35L3XAV.js"), GREP_FROM = 500, TICK = 64, AHEAD = 256, SECTION_SCAN = 256 * 1024, stampMs = (stamp) => stamp === "" ? 0 : stampTime(stamp), stampOf = (name) => parseName(name)?.stamp ?? "", newestFirst = (a, b) => a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : nameOf(a) < nameOf(b) ? 1 : -1, nameOf = (c) => c.kind === "file" ? c.file.name : c.kind === "git" ? c.note.name : c.entry.file;
function candidates(options, live, warnings) {
  let seen = new Set(live.map((f) => f.pendingName)), out = live.map((file) => ({ kind: "file", file, stamp: file.stamp }));
  if (isSyncRepo(options.dir))
    for (let note of deletedNotes(options.dir)) {
      let key = noteKey(note.name);
      key === void 0 || seen.has(key) || (seen.add(key), out.push({ kind: "git", note, stamp: stampOf(note.name) }));
    }
  let history = readHistory(options.home, (w) => warnings.push(w));
  for (let i = history.length - 1; i >= 0; i--) {
    let entry = history[i], key = noteKey(entry.file);
    key === void 0 || seen.has(key) || (seen.add(key), out.push({ kind: "history", entry, stamp: stampOf(entry.file) }));
  }
  let min = options.since === void 0 ? "" : formatStamp(new Date(options.since - 864e5));
  return (min === "" ? out : out.filter((c) => c.stamp >= min)).sort(newestFirst);
}
async function read(c, scanned, home, warnings) {
  if (c.kind === "history") {
    let e = c.entry, meta = { created: e.created, project: e.project, branch: e.branch, session: e.session }, text = [e.summary, ...e.sections].join(`
`);
    return {
      meta,
      text,
      where: { name: e.file, file: historyFile(home), source: "history", parents: e.parents },
      flat: !0
    };
  }
  let raw;
  if (c.kind === "git" ? raw = c.note.raw : raw = scanned ?? handoffText(c.file.path, (w) => warnings.push(w)), raw === void 0) return;
  let doc = await parseDoc(raw), where = c.kind === "file" ? { name: c.file.name, file: c.file.path, source: c.file.consumed ? "consumed" : "pending" } : { name: c.note.name, file: `${c.note.commit.slice(0, 12)}:${c.note.path}`, source: "git" };
  return {
    meta: doc.meta,
    text: doc.body,
    where: { ...where, parents: parentsOf(doc.meta) },
    flat: !1
  };
}
async function searchable(r, section) {
  if (section === void 0) return { text: r.text };
  let { sectionFor, sectionSpans } = await sectionsLib(), key = sectionFor(section);
  if (r.flat) return key === "summary" ? { text: r.text.split(`
`)[0], spans: [] } : void 0;
  let wanted = (title) => key !== void 0 ? sectionFor(title) === key : title.trim().toLowerCase() === section.trim().toLowerCase(), spans = sectionSpans(r.text.slice(0, SECTION_SCAN)), chosen = spans.filter((s) => wanted(s.title)).map((s) => ({ start: s.textStart, end: s.end }));
  return chosen.length === 0 ? void 0 : { text: onlySpans(r.text, chosen), spans };
}
async function labelSpans(text, ranges) {
  let { sectionSpans, sectionSpansOfStart } = await sectionsLib(), scan = Math.min(text.length, SECTION_SCAN), eol = text.indexOf(`
`, Math.max(0, ...labelOffsets(text, ranges))), below = eol === -1 ? -1 : text.indexOf(`
`, eol + 1), cut = below === -1 ? scan : Math.min(below + 1, scan);
  if (cut === scan) return sectionSpans(text.slice(0, scan));
  let start = sectionSpansOfStart(text.slice(0, cut));
  if (start.openParagraph) {
    let blank = /\n[ \t]*(?:\r?\n|$)/g;
    blank.lastIndex = cut - 1;
    let m = blank.exec(text);
    if (cut = m ? Math.min(m.index + m[0].length, scan) : scan, cut === scan) return sectionSpans(text.slice(0, scan));
    start = sectionSpansOfStart(text.slice(0, cut));
  }
  if (start.spans.some((s) => s.depth === 2)) return start.spans;
  let rest = text.slice(cut, scan);
  return rest.includes("#") || rest.includes("-") ? sectionSpans(text.slice(0, scan)) : start.spans;
}
async function searchHandoffs(options) {
  let warnings = [], live = handoffNames(options.dir), word = queryWords(options.query).sort((a, b) => b.length - a.length)[0], grep = live.length >= GREP_FROM && word !== void 0 && options.grep !== !1 ? startGrep(options.dir, word) : void 0;
  try {
    return await collect(options, candidates(options, live, warnings), grep, warnings);
  } finally {
    grep?.stop();
  }
}
async function collect(options, list, grep, warnings) {
  let limit = options.limit ?? 10, project = options.project, filters = {
    belongs: project === void 0 ? void 0 : (meta) => belongsTo(meta, project),
    branch: options.branch,
    since: options.since
  }, hits = [], scanner = new Scanner(queryWords(options.query)), narrowed, ahead = 0;
  for (let c of list) {
    if (c.kind === "file" && grep !== void 0 && (narrowed === void 0 && ++ahead % TICK === 0 && (ahead >= AHEAD || hits.length === 0 ? narrowed = await grep.done() : (await grep.tick(), narrowed = grep.names())), narrowed && !narrowed.has(c.file.name)))
      continue;
    let scan = c.kind === "file" ? scanner.scan(c.file.path) : void 0;
    if (scan?.kind === "no" || scan?.kind === "skip") continue;
    let r = await read(c, scan?.kind === "text" ? scan.text : void 0, options.home, warnings);
    if (!r || !passes(r.meta, noteTime(r.meta, stampMs(c.stamp)), filters) || !matchRanges(r.text, options.query)) continue;
    let target = await searchable(r, options.section), ranges = target === void 0 ? void 0 : matchRanges(target.text, options.query);
    if (!target || !ranges) continue;
    if (hits.length === limit) return { hits, more: !0, warnings };
    let spans = target.spans ?? (r.flat ? [] : await labelSpans(r.text, ranges));
    hits.push(hitOf(r.meta, r.where, r.text, ranges, spans));
  }
  return { hits, more: !1, warnings };
}
export {
  searchHandoffs
};
