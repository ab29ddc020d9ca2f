import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  Budget,
  blob,
  commitOn,
  everOnRemote,
  fetchTree,
  headNames,
  lastFetched,
  machineId,
  push,
  syncOn,
  transient,
  withSyncLock
} from "./chunk-3HLHFBMI.js";
import "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  claimPath,
  claimText,
  claimVerdict,
  mayBePruned
} from "./chunk-CGO5D2SL.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import {
  parseName
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/gate.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/io/handoff/sync/arbitrate.ts
var import_node_path = __toESM(require_path(), 1);
var ROUNDS = 8;
function syncedIn(head, last) {
  return (name) => head.has(name) || last.notes.has(name) || last.claims.has(name);
}
async function arbitrate(names, options) {
  let fates = new Map(names.map((n) => [n, "local"])), winners = /* @__PURE__ */ new Map();
  if (names.length === 0 || !syncOn(options.dir)) return { fates, winners };
  let budget = new Budget(options.budgetMs), batonDir = (0, import_node_path.join)(options.home, "baton");
  try {
    let machine = machineId(batonDir), run = () => decide(names, { fates, winners }, options, budget, machine);
    return await withSyncLock(options.dir, options.home, budget.left(), run), { fates, winners };
  } catch (error) {
    if (!transient(error)) throw error;
    for (let [name, fate] of fates) fate !== "local" && fates.set(name, "later");
    let reason = error.code === "ELOCKED" ? "another sync holds the lock" : error.message;
    return { fates, winners, reason };
  }
}
async function decide(names, { fates, winners }, options, budget, machine) {
  let { dir } = options, last = await lastFetched(dir, budget), head = await headNames(dir, budget), synced = [];
  for (let name of names.filter(syncedIn(head, last))) {
    let remote = last.notes.get(name), text = options.texts?.get(name);
    !head.has(name) && remote && text !== void 0 && !last.claims.has(name) && (await blob(dir, remote.sha, budget)).toString("utf8") !== text || synced.push(name);
  }
  if (synced.length !== 0) {
    for (let name of synced) fates.set(name, "later");
    for (let round = 0; round < ROUNDS; round++) {
      let { tip, tree } = await fetchTree(dir, budget), free = [], gone = [];
      for (let name of synced) {
        let verdict = claimVerdict(tree, name, machine);
        verdict === "free" ? free.push(name) : verdict === "gone" ? gone.push(name) : fates.set(name, verdict === "mine" ? "won" : "lost");
        let winner = verdict === "lost" ? tree.claims.get(name)?.find((m) => m !== machine) : void 0;
        winner && winners.set(name, winner);
      }
      let old = gone.filter((name) => mayBePruned(name, options.now.getTime())), seen = old.length > 0 ? await everOnRemote(dir, old, budget) : /* @__PURE__ */ new Set();
      for (let name of gone) fates.set(name, seen.has(name) ? "lost" : "local");
      if (free.length === 0) return;
      let text = claimText(machine, options.session, options.now.toISOString()), add = new Map(free.map((name) => [claimPath(name, machine), text])), message = `claim ${free.length} note(s) on ${machine}`, commit = await commitOn(dir, tip, { add, remove: [] }, { machine, message }, budget);
      if (await push(dir, commit, budget) === "ok") {
        for (let name of free) fates.set(name, "won");
        return;
      }
    }
  }
}

// src/io/handoff/sync/gate.ts
async function gateSynced(held, options, warnings) {
  let nameOf = (claim) => parseName((0, import_node_path2.basename)(claim.path))?.pendingName ?? (0, import_node_path2.basename)(claim.path), texts = new Map(held.map(([, claim]) => [nameOf(claim), claim.raw])), { fates, winners, reason } = await arbitrate([...texts.keys()], { ...options, texts }), keep = [], later = 0, lost = 0;
  for (let pair of held) {
    let name = nameOf(pair[1]), fate = fates.get(name);
    if (fate === "lost") {
      try {
        await pair[1].reassign(`machine:${winners.get(name) ?? "unknown"}`);
      } catch (error) {
        warnings.push(`baton: could not mark ${pair[1].path} as consumed elsewhere: ${error.message}`);
      }
      pair[1].release(), lost++;
    } else fate === "later" ? (pair[1].putBack(), later++) : keep.push(pair);
  }
  return later > 0 && warnings.push(
    `baton: ${later} synced handoff(s) stay pending: ${reason ?? "the remote did not confirm the claim"}; they will be delivered once the remote answers (\`baton sync status\`).`
  ), lost > 0 && warnings.push(`baton: ${lost} synced handoff(s) were consumed on another machine first.`), { held: keep, later };
}
export {
  gateSynced
};
