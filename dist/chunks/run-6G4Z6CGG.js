import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  sameNotes
} from "./chunk-FHI23U3E.js";
import {
  history,
  originUrl
} from "./chunk-GHD4X3OL.js";
import {
  Budget,
  blob,
  commitOn,
  fetchTree,
  headTree,
  lastFetched,
  push,
  setHead
} from "./chunk-O6SPVBOK.js";
import "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  claimHandoff,
  republish
} from "./chunk-HRDRXRSM.js";
import {
  consumeBytes,
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  listHandoffs
} from "./chunk-J47OTX5D.js";
import {
  linkOrPlaceholder,
  publishExclusive,
  selfHolder,
  unlinkQuiet
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import {
  readerOf
} from "./chunk-K7KUWVWP.js";
import {
  addressedTo
} from "./chunk-KJXNLXNX.js";
import {
  machineId,
  readSettings,
  withSyncLock,
  writeSettings
} from "./chunk-7S46E5XO.js";
import {
  claimPath,
  claimText,
  claimTime,
  claimVerdict,
  goneVerdict,
  knownIn,
  prunableClaims
} from "./chunk-3MPKVRL5.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  candidateName,
  claimName,
  parseClaimName,
  parseName
} from "./chunk-ZNZ4ZZC5.js";
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
  redactBytes
} from "./chunk-BGTANJT2.js";
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
async function retire(dir, losers, now) {
  let retired = [];
  for (let [name, other] of losers) {
    let claimed = await claimHandoff(dir, name, `machine:${other}`, now.toISOString());
    claimed && (claimed.release(), retired.push(name));
  }
  return retired;
}
function knownLocals(dir, trees) {
  let locals = /* @__PURE__ */ new Map();
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (!knownIn(trees, file.name)) continue;
    let bytes = readIfExists(file.path, "untrusted")?.bytes;
    bytes && locals.set(file.name, bytes);
  }
  return locals;
}
function heldElsewhere(dir) {
  let held = /* @__PURE__ */ new Set(), pending = /* @__PURE__ */ new Set();
  for (let name of namesIn(dir)) {
    let parsed = parseName(name);
    parsed && !parsed.consumed && pending.add(parsed.pendingName);
    let hold = parsed ? void 0 : parseClaimName(name)?.pendingName;
    hold && held.add(hold);
  }
  for (let name of pending) held.delete(name);
  return held;
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
async function materialise(dir, tree, budget, reader) {
  let busy = busyNames(dir), consumed = consumedCopies(dir), written = [], consumedHere = [];
  for (let [name, { sha }] of tree.notes) {
    if (busy.has(name) || tree.claims.has(name)) continue;
    let bytes = await blob(dir, sha, budget), seen = !1;
    for (let copy of consumed.get(name) ?? []) seen ||= await isCopyOf(copy, bytes);
    if (seen && consumedHere.push(name), !seen && !(reader && !addressedTo((await parseDoc(bytes.toString("utf8"))).meta, reader)))
      try {
        publishExclusive(dir, () => name, bytes, { attempts: 1 }), written.push(name);
      } catch (error) {
        if (!(error instanceof BatonError && error.code === "EFULL")) throw error;
      }
  }
  return { written, consumedHere };
}
function renameCollisions(dir, names, trees) {
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (!names.includes(file.name)) continue;
    let hold = (0, import_node_path.join)(dir, claimName(file.name, selfHolder(), token()));
    try {
      (0, import_node_fs.renameSync)(file.path, hold);
    } catch (error) {
      if (hasCode(error, "ENOENT")) continue;
      throw error;
    }
    let bytes = readIfExists(hold, "untrusted")?.bytes;
    if (!bytes) {
      republish(dir, hold, file.name);
      continue;
    }
    let here = localNames(dir);
    publishExclusive(dir, (n) => candidateName(file.stamp, file.slug, n + 1), bytes, { taken: (name) => knownIn(trees, name) || here.has(name) }), unlinkQuiet(hold);
  }
}
async function holdUnpushed(dir, tree, skip) {
  let held = [];
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (tree.notes.has(file.name) || tree.claims.has(file.name) || skip.has(file.name)) continue;
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
function putBackPushed(dir, held) {
  let target = (0, import_node_path.join)(dir, held.name);
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      linkOrPlaceholder(held.hold, target), unlinkQuiet(held.hold);
      return;
    } catch (error) {
      if (!hasCode(error, "EEXIST")) throw error;
    }
    let moved = (0, import_node_path.join)(dir, claimName(held.name, selfHolder(), token()));
    try {
      (0, import_node_fs.renameSync)(target, moved);
    } catch (error) {
      if (hasCode(error, "ENOENT")) continue;
      throw error;
    }
    try {
      linkOrPlaceholder(held.hold, target), unlinkQuiet(held.hold);
      return;
    } catch (error) {
      if (!hasCode(error, "EEXIST")) throw error;
    } finally {
      republish(dir, moved, held.name);
    }
  }
  republish(dir, held.hold, held.name);
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
  listHandoffs(dir).litter > 0 && (await import("./clean-LPDY5HMT.js")).sweepLitter(dir, options.now);
  let before = [await lastFetched(dir, budget), await headTree(dir, budget)];
  for (let round = 1; round <= ROUNDS; round++) {
    report.rounds = round;
    let { tip, tree } = await fetchTree(dir, budget), known = [tree, ...before], locals = knownLocals(dir, known), { same } = await sameNotes(dir, locals, known, budget);
    renameCollisions(
      dir,
      [...locals.keys()].filter((name) => !same.has(name)),
      known
    );
    let { losers, claimedHere, carried } = await fates(dir, same, tree, before[1], machine, budget);
    report.retired.push(...await retire(dir, losers, options.now));
    let reader = options.reader ?? readerOf(dir, { me: "" }), { written, consumedHere } = await materialise(dir, tree, budget, reader);
    report.materialised.push(...written);
    let expiredNotes = await expired(dir, tree, options, budget), pruned = prunableClaims(tree, options.now.getTime(), options.keepDays), remove = [...expiredNotes, ...pruned], holds = await holdUnpushed(dir, tree, claimedHere);
    try {
      if (holds.length === 0 && remove.length === 0 && carried.size === 0 && consumedHere.length === 0) {
        tip && await setHead(dir, tip, budget);
        return;
      }
      let claim = claimText(machine, "", options.now.toISOString(), reader.me), add = new Map(consumedHere.map((name) => [claimPath(name, machine), claim]));
      for (let h of holds) {
        let { bytes, redaction } = await redactBytes(h.bytes);
        report.redacted += redaction.findings.length, add.set(h.name, bytes);
      }
      let notes = holds.length + carried.size, message = `sync ${machine}: +${notes} note(s), -${expiredNotes.length}, -${pruned.length} claim(s)`, commit = await commitOn(dir, tip, { add, keep: carried, remove }, { machine, message }, budget);
      if (await setHead(dir, commit, budget), await push(dir, commit, budget) === "ok") {
        report.pushed.push(...holds.map((h) => h.name), ...carried.keys()), report.deleted.push(...expiredNotes), report.pruned = pruned.length;
        return;
      }
    } finally {
      for (let h of holds) putBackPushed(dir, h);
    }
  }
}
async function fates(dir, same, tree, head, machine, budget) {
  let losers = /* @__PURE__ */ new Map(), gone = [];
  for (let name of same) {
    let verdict = claimVerdict(tree, name, machine), winner = tree.claims.get(name)?.find((m) => m !== machine);
    verdict === "lost" && winner && losers.set(name, winner), verdict === "gone" && gone.push(name);
  }
  let held = [...heldElsewhere(dir)].filter((n) => head.notes.has(n) && claimVerdict(tree, n, machine) === "gone"), claimedHere = /* @__PURE__ */ new Set(), carried = /* @__PURE__ */ new Map();
  if (gone.length + held.length === 0) return { losers, claimedHere, carried };
  let { claims } = await history(dir, [...gone, ...held], budget);
  for (let name of [...gone, ...held]) {
    let verdict = goneVerdict(claims.get(name), machine);
    verdict === "lost" ? losers.set(
      name,
      claims.get(name).find((m) => m !== machine)
    ) : verdict === "mine" ? claimedHere.add(name) : held.includes(name) && carried.set(name, head.notes.get(name).sha);
  }
  return { losers, claimedHere, carried };
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
