import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  Budget,
  fetchTree,
  headNames,
  lastFetched,
  transient
} from "./chunk-O6SPVBOK.js";
import {
  git
} from "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  handoffProject
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  handoffText,
  listHandoffs
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import {
  deliveryOf,
  identity,
  recipientOf,
  senderOf
} from "./chunk-KJXNLXNX.js";
import {
  withSyncLock
} from "./chunk-7S46E5XO.js";
import {
  MAX_REMOTE_BLOB,
  claimPath
} from "./chunk-3MPKVRL5.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/told.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var toldFile = (home) => (0, import_node_path.join)(home, "baton", "receipts-told.json");
function readTold(home) {
  try {
    let names = JSON.parse((0, import_node_fs.readFileSync)(toldFile(home), "utf8"));
    return new Set(Array.isArray(names) ? names.filter((n) => typeof n == "string") : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function writeTold(home, names) {
  let temp = `${toldFile(home)}.${process.pid}.${token()}`;
  (0, import_node_fs.writeFileSync)(temp, `${JSON.stringify(names)}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temp, toldFile(home));
}

// src/io/handoff/sync/receipts.ts
async function blobs(dir, shas, budget) {
  let out = /* @__PURE__ */ new Map(), wanted = [...new Set(shas)].filter((s) => /^[0-9a-f]{40,64}$/.test(s));
  if (wanted.length === 0) return out;
  let bytes = (await git(dir, ["cat-file", "--batch"], { input: `${wanted.join(`
`)}
`, timeoutMs: budget.left() })).bytes, at = 0;
  for (; at < bytes.length; ) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) break;
    let [sha = "", type = "", size = ""] = bytes.subarray(at, nl).toString("latin1").split(" ");
    if (at = nl + 1, type === "missing" || size === "") continue;
    let n = Number(size);
    type === "blob" && n <= MAX_REMOTE_BLOB && out.set(sha, bytes.subarray(at, at + n)), at += n + 1;
  }
  return out;
}
async function sentIn(dir, tree, me, budget) {
  let names = [...tree.notes.keys()], texts = await blobs(
    dir,
    names.map((n) => tree.notes.get(n).sha),
    budget
  ), mine = [];
  for (let note of names) {
    let bytes = texts.get(tree.notes.get(note).sha);
    if (!bytes) continue;
    let meta = (await parseDoc(bytes.toString("utf8"))).meta;
    if (senderOf(meta) !== identity(me)) continue;
    let project = typeof meta.remote == "string" && meta.remote || handoffProject(meta), created = typeof meta.created == "string" ? meta.created : void 0;
    mine.push({
      note,
      to: recipientOf(meta),
      state: "waiting",
      ...project ? { project } : {},
      ...created ? { created } : {}
    });
  }
  let claimShas = mine.flatMap(
    (s) => (tree.claims.get(s.note) ?? []).map((m) => tree.claimShas.get(claimPath(s.note, m)) ?? "")
  ), claims = await blobs(dir, claimShas, budget);
  for (let s of mine) {
    let deliveries = (tree.claims.get(s.note) ?? []).map(
      (m) => deliveryOf(claims.get(tree.claimShas.get(claimPath(s.note, m)) ?? "")?.toString("utf8") ?? "", m)
    );
    deliveries.sort((a, b) => (a.at ?? "").localeCompare(b.at ?? "")), deliveries[0] && (s.state = "delivered", s.delivered = deliveries[0]);
  }
  return mine;
}
async function sentNotes(dir, home, me, budgetMs, { fetch = !0 } = {}) {
  let budget = new Budget(budgetMs), tree, error;
  try {
    fetch && (tree = (await withSyncLock(dir, home, budget.left(), () => fetchTree(dir, budget))).tree);
  } catch (e) {
    if (!transient(e)) throw e;
    error = e.message;
  }
  tree ??= await lastFetched(dir, budget);
  let notes = await sentIn(dir, tree, me, budget), head = await headNames(dir, budget);
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name) || head.has(file.name)) continue;
    let raw = handoffText(file.path), meta = raw === void 0 ? void 0 : (await parseDoc(raw)).meta;
    if (!meta || senderOf(meta) !== identity(me)) continue;
    let project = typeof meta.remote == "string" && meta.remote || handoffProject(meta), created = typeof meta.created == "string" ? meta.created : void 0;
    notes.push({
      note: file.name,
      to: recipientOf(meta),
      state: "unpushed",
      ...project ? { project } : {},
      ...created ? { created } : {}
    });
  }
  return notes.sort((a, b) => a.note.localeCompare(b.note)), { me, notes, ...error ? { error } : {} };
}
async function pickedUpSince(dir, home, me, budgetMs) {
  let budget = new Budget(budgetMs), tree = await lastFetched(dir, budget), told = readTold(home), fresh = [...tree.claims.keys()].filter((n) => !told.has(n) && tree.notes.has(n)), only = { ...tree, notes: new Map(fresh.map((n) => [n, tree.notes.get(n)])) }, picked = fresh.length === 0 ? [] : (await sentIn(dir, only, me, budget)).filter(
    (s) => s.to !== identity(me) && s.delivered && s.delivered.who !== identity(me)
  );
  return writeTold(home, [...[...told].filter((n) => tree.claims.has(n)), ...fresh]), picked;
}
export {
  pickedUpSince,
  sentNotes
};
