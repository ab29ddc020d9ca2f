import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  Budget,
  blob,
  commitOn,
  everOnRemote,
  fetchTree,
  headNames,
  machineId,
  originUrl,
  push,
  readSettings,
  setHead,
  withSyncLock,
  writeSettings
} from "./chunk-3HLHFBMI.js";
import "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  claimHandoff,
  republish
} from "./chunk-HC4EHOXB.js";
import {
  redactBytes
} from "./chunk-BGTANJT2.js";
import {
  consumeBytes,
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  listHandoffs
} from "./chunk-2CYMDRIV.js";
import {
  publishExclusive,
  selfHolder,
  unlinkQuiet
} from "./chunk-VTCV6ZU3.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  claimTime,
  mayBePruned,
  prunableClaims
} from "./chunk-CGO5D2SL.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import "./chunk-2VRG2R4Q.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  candidateName,
  claimName,
  parseClaimName,
  parseName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/run.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/io/handoff/sync/local.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function localNames(dir) {
  let names = /* @__PURE__ */ new Set();
  for (let name of namesIn(dir)) {
    let pending = parseName(name)?.pendingName ?? parseClaimName(name)?.pendingName;
    pending && names.add(pending);
  }
  return names;
}
function busyNames(dir) {
  let busy = /* @__PURE__ */ new Set();
  for (let name of namesIn(dir)) {
    let parsed = parseName(name), pending = parsed ? parsed.consumed ? void 0 : parsed.pendingName : parseClaimName(name)?.pendingName;
    pending && busy.add(pending);
  }
  return busy;
}
async function retire(dir, tree, machine, now) {
  let retired = [];
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    let other = (tree.claims.get(file.name) ?? []).find((m) => m !== machine);
    if (!other) continue;
    let claimed = await claimHandoff(dir, file.name, `machine:${other}`, now.toISOString());
    claimed && (claimed.release(), retired.push(file.name));
  }
  return retired;
}
async function retireForgotten(dir, tree, now, budget) {
  let old = listHandoffs(dir, { pendingOnly: !0 }).pending.map((f) => f.name).filter((name) => !tree.notes.has(name) && !tree.claims.has(name) && mayBePruned(name, now.getTime()));
  if (old.length === 0) return [];
  let retired = [];
  for (let name of await everOnRemote(dir, old, budget)) {
    let claimed = await claimHandoff(dir, name, "machine:unknown", now.toISOString());
    claimed && (claimed.release(), retired.push(name));
  }
  return retired;
}
function consumedCopies(dir) {
  let copies = /* @__PURE__ */ new Map();
  for (let file of listHandoffs(dir).consumed) {
    let pending = parseName(file.name)?.pendingName;
    pending && copies.set(pending, [...copies.get(pending) ?? [], file.path]);
  }
  return copies;
}
async function isCopyOf(path, bytes) {
  let copy = readIfExists(path, "untrusted")?.bytes;
  if (!copy) return !1;
  if (copy.equals(bytes)) return !0;
  let consumed = (await parseDoc(copy.toString("utf8"))).meta.consumed;
  return consumed?.at === void 0 || consumed.by === void 0 ? !1 : (await consumeBytes(bytes, consumed.at, consumed.by)).equals(copy);
}
async function materialise(dir, tree, budget) {
  let busy = busyNames(dir), consumed = consumedCopies(dir), written = [];
  for (let [name, { sha }] of tree.notes) {
    if (busy.has(name) || tree.claims.has(name)) continue;
    let bytes = await blob(dir, sha, budget), seen = !1;
    for (let copy of consumed.get(name) ?? []) seen ||= await isCopyOf(copy, bytes);
    if (!seen)
      try {
        publishExclusive(dir, () => name, bytes, { attempts: 1 }), written.push(name);
      } catch (error) {
        if (!(error instanceof BatonError && error.code === "EFULL")) throw error;
      }
  }
  return written;
}
async function renameCollisions(dir, tree, head, budget) {
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    let remote = tree.notes.get(file.name);
    if (!remote || head.has(file.name) || tree.claims.has(file.name)) continue;
    let hold = (0, import_node_path.join)(dir, claimName(file.name, selfHolder(), token()));
    try {
      (0, import_node_fs.renameSync)(file.path, hold);
    } catch (error) {
      if (hasCode(error, "ENOENT")) continue;
      throw error;
    }
    let bytes = readIfExists(hold, "untrusted")?.bytes;
    if (!bytes || bytes.equals(await blob(dir, remote.sha, budget))) {
      republish(dir, hold, file.name);
      continue;
    }
    let here = localNames(dir);
    publishExclusive(dir, (n) => candidateName(file.stamp, file.slug, n + 1), bytes, { taken: (name) => tree.notes.has(name) || tree.claims.has(name) || here.has(name) }), unlinkQuiet(hold);
  }
}
async function holdUnpushed(dir, tree) {
  let held = [];
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name)) continue;
    let hold = (0, import_node_path.join)(dir, claimName(file.name, selfHolder(), token()));
    try {
      (0, import_node_fs.renameSync)(file.path, hold);
    } catch (error) {
      if (hasCode(error, "ENOENT")) continue;
      throw error;
    }
    try {
      let bytes = readIfExists(hold, "untrusted")?.bytes;
      bytes ? held.push({ name: file.name, hold, bytes }) : republish(dir, hold, file.name);
    } catch (error) {
      throw republish(dir, hold, file.name), error;
    }
  }
  return held;
}

// src/io/handoff/sync/run.ts
var ROUNDS = 10, DAY = 864e5;
async function runSync(options) {
  let settings = readSettings(options.dir), batonDir = (0, import_node_path2.join)(options.home, "baton"), machine = machineId(batonDir), budget = new Budget(options.budgetMs ?? 12e4), report = {
    remote: await originUrl(options.dir, budget) || settings.remote,
    machine,
    pushed: [],
    materialised: [],
    retired: [],
    deleted: [],
    pruned: 0,
    redacted: 0,
    rounds: 0
  };
  try {
    let wait = options.lockWaitMs ?? budget.left();
    await withSyncLock(options.dir, options.home, wait, () => rounds(options, machine, budget, report));
  } catch (error) {
    throw writeSettings(options.dir, { ...readSettings(options.dir), lastError: error.message }), error;
  }
  let { lastError: _, ...rest } = readSettings(options.dir);
  return writeSettings(options.dir, { ...rest, lastSync: options.now.toISOString() }), report;
}
async function rounds(options, machine, budget, report) {
  let { dir } = options;
  listHandoffs(dir).litter > 0 && (await import("./clean-SL274QSD.js")).sweepLitter(dir, options.now);
  for (let round = 1; round <= ROUNDS; round++) {
    report.rounds = round;
    let { tip, tree } = await fetchTree(dir, budget);
    report.retired.push(...await retire(dir, tree, machine, options.now)), report.retired.push(...await retireForgotten(dir, tree, options.now, budget)), report.materialised.push(...await materialise(dir, tree, budget));
    let expiredNotes = await expired(dir, tree, options, budget), pruned = prunableClaims(tree, options.now.getTime(), options.keepDays), remove = [...expiredNotes, ...pruned];
    await renameCollisions(dir, tree, await headNames(dir, budget), budget);
    let holds = await holdUnpushed(dir, tree);
    try {
      if (holds.length === 0 && remove.length === 0) {
        tip && await setHead(dir, tip, budget);
        return;
      }
      let add = /* @__PURE__ */ new Map();
      for (let h of holds) {
        let { bytes, redaction } = await redactBytes(h.bytes);
        report.redacted += redaction.findings.length, add.set(h.name, bytes);
      }
      let message = `sync ${machine}: +${holds.length} note(s), -${expiredNotes.length}, -${pruned.length} claim(s)`, commit = await commitOn(dir, tip, { add, remove }, { machine, message }, budget);
      if (await setHead(dir, commit, budget), await push(dir, commit, budget) === "ok") {
        report.pushed.push(...holds.map((h) => h.name)), report.deleted.push(...expiredNotes), report.pruned = pruned.length;
        return;
      }
    } finally {
      for (let h of holds) republish(dir, h.hold, h.name);
    }
  }
}
async function expired(dir, tree, options, budget) {
  let busy = busyNames(dir), cutoff = options.now.getTime() - options.keepDays * DAY, remove = /* @__PURE__ */ new Set();
  for (let [path, sha] of tree.claimShas) {
    let note = path.split("/")[1];
    if (!tree.notes.has(note) || busy.has(note) || remove.has(note)) continue;
    let at = claimTime((await blob(dir, sha, budget)).toString("utf8"));
    at !== void 0 && at < cutoff && remove.add(note);
  }
  return [...remove];
}
export {
  runSync
};
