import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  deletedNotes,
  isSyncRepo,
  readHistory
} from "./chunk-SWKMXTXG.js";
import {
  hitOf,
  matchRanges,
  noteTime,
  onlySpans,
  passes,
  queryWords
} from "./chunk-L5USBVDZ.js";
import "./chunk-2TFEABJ7.js";
import "./chunk-VXEXE5MN.js";
import {
  historyFile
} from "./chunk-2BRZLEGS.js";
import "./chunk-WCWM3NRZ.js";
import {
  Scanner,
  grepNames,
  handoffNames
} from "./chunk-Y2VFMH57.js";
import {
  belongsTo
} from "./chunk-D5YOVCBF.js";
import {
  handoffText
} from "./chunk-GDQJEZYB.js";
import "./chunk-K3WQT2MW.js";
import "./chunk-C7PXZREW.js";
import "./chunk-EHGXJL57.js";
import {
  noteKey,
  parentsOf
} from "./chunk-B4TMQ7XC.js";
import {
  parseDoc
} from "./chunk-TSYO545O.js";
import "./chunk-MZ5BISHI.js";
import "./chunk-XBYPNZ3V.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-2W7A2WBG.js";
import "./chunk-YT5RMEHU.js";
import {
  formatStamp,
  parseName,
  stampTime
} from "./chunk-O3TCEPNT.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/io/handoff/search.ts
var sectionsModule, sectionsLib = async () => sectionsModule ??= await import("./sections-XMLCPGH7.js"), GREP_FROM = 500, SECTION_SCAN = 256 * 1024, stampMs = (stamp) => stamp === "" ? 0 : stampTime(stamp), stampOf = (name) => parseName(name)?.stamp ?? "", newestFirst = (a, b) => a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : nameOf(a) < nameOf(b) ? 1 : -1, nameOf = (c) => c.kind === "file" ? c.file.name : c.kind === "git" ? c.note.name : c.entry.file;
function candidates(options, warnings) {
  let live = handoffNames(options.dir), seen = new Set(live.map((f) => f.pendingName)), word = queryWords(options.query).sort((a, b) => b.length - a.length)[0], narrowed = live.length >= GREP_FROM && word !== void 0 && options.grep !== !1 ? grepNames(options.dir, word) : void 0, out = (narrowed ? live.filter((f) => narrowed.has(f.name)) : live).map((file) => ({
    kind: "file",
    file,
    stamp: file.stamp
  }));
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
function labelEnd(text, ranges) {
  let last = ranges.at(-1)?.[1] ?? 0, eol = text.indexOf(`
`, last), next = eol === -1 ? -1 : text.indexOf(`
`, eol + 1);
  return Math.min(next === -1 ? text.length : next, SECTION_SCAN);
}
async function searchHandoffs(options) {
  let warnings = [], limit = options.limit ?? 10, project = options.project, filters = {
    belongs: project === void 0 ? void 0 : (meta) => belongsTo(meta, project),
    branch: options.branch,
    since: options.since
  }, hits = [], scanner = new Scanner(queryWords(options.query));
  for (let c of candidates(options, warnings)) {
    let scan = c.kind === "file" ? scanner.scan(c.file.path) : void 0;
    if (scan?.kind === "no" || scan?.kind === "skip") continue;
    let r = await read(c, scan?.kind === "text" ? scan.text : void 0, options.home, warnings);
    if (!r || !passes(r.meta, noteTime(r.meta, stampMs(c.stamp)), filters) || !matchRanges(r.text, options.query)) continue;
    let target = await searchable(r, options.section), ranges = target === void 0 ? void 0 : matchRanges(target.text, options.query);
    if (!target || !ranges) continue;
    if (hits.length === limit) return { hits, more: !0, warnings };
    let spans = target.spans ?? (r.flat ? [] : (await sectionsLib()).sectionSpans(r.text.slice(0, labelEnd(r.text, ranges))));
    hits.push(hitOf(r.meta, r.where, r.text, ranges, spans));
  }
  return { hits, more: !1, warnings };
}
export {
  searchHandoffs
};
