import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  sameNotes
} from "./chunk-FHI23U3E.js";
import {
  history
} from "./chunk-GHD4X3OL.js";
import {
  Budget,
  commitOn,
  fetchTree,
  headTree,
  lastFetched,
  push,
  transient
} from "./chunk-O6SPVBOK.js";
import "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  machineId,
  syncOn,
  withSyncLock
} from "./chunk-7S46E5XO.js";
import {
  claimPath,
  claimText,
  claimVerdict,
  goneVerdict,
  knownIn
} from "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import {
  parseName
} from "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
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
var ROUNDS = 8, UNSENT = "their push has not reached the remote yet; the next `baton sync` sends them again";
async function arbitrate(names, options) {
  let decision = { fates: new Map(names.map((n) => [n, "later"])), winners: /* @__PURE__ */ new Map() };
  if (names.length === 0 || !syncOn(options.dir)) return { ...decision, fates: new Map(names.map((n) => [n, "local"])) };
  let budget = new Budget(options.budgetMs);
  try {
    let known = [await lastFetched(options.dir, budget), await headTree(options.dir, budget)];
    for (let name of names) knownIn(known, name) || decision.fates.set(name, "local");
    let synced = names.filter((name) => knownIn(known, name));
    if (synced.length === 0) return decision;
    let machine = machineId((0, import_node_path.join)(options.home, "baton")), run = () => decide(synced, known, decision, options, budget, machine);
    return await withSyncLock(options.dir, options.home, budget.left(), run), decision;
  } catch (error) {
    if (!transient(error)) throw error;
    return decision.reason = error.code === "ELOCKED" ? "another sync holds the lock" : error.message, decision;
  }
}
async function decide(synced, known, decision, options, budget, machine) {
  let { dir } = options, { fates, winners } = decision, same;
  for (let round = 0; round < ROUNDS; round++) {
    let { tip, tree } = await fetchTree(dir, budget);
    if (!same) {
      let locals = new Map(synced.map((name) => [name, options.bytes.get(name) ?? Buffer.alloc(0)]));
      same = (await sameNotes(dir, locals, [tree, ...known], budget)).same;
      for (let name of synced) same.has(name) || fates.set(name, "local");
    }
    let free = [], gone = [];
    for (let name of same) {
      let verdict = claimVerdict(tree, name, machine);
      verdict === "free" ? free.push(name) : verdict === "gone" ? gone.push(name) : fates.set(name, verdict === "mine" ? "won" : "lost");
      let winner = verdict === "lost" ? tree.claims.get(name)?.find((m) => m !== machine) : void 0;
      winner && winners.set(name, winner);
    }
    let claims = gone.length > 0 ? (await history(dir, gone, budget)).claims : /* @__PURE__ */ new Map();
    for (let name of gone) {
      let verdict = goneVerdict(claims.get(name), machine);
      fates.set(name, verdict === "lost" ? "lost" : verdict === "mine" ? "won" : "later"), verdict === "lost" && winners.set(
        name,
        claims.get(name).find((m) => m !== machine)
      ), verdict === "unsent" && (decision.reason = UNSENT);
    }
    if (free.length === 0) return;
    let text = claimText(machine, options.session, options.now.toISOString(), options.me), add = new Map(free.map((name) => [claimPath(name, machine), text])), message = `claim ${free.length} note(s) on ${machine}`, commit = await commitOn(dir, tip, { add, remove: [] }, { machine, message }, budget);
    if (await push(dir, commit, budget) === "ok") {
      for (let name of free) fates.set(name, "won");
      return;
    }
    same = new Set(free);
  }
}

// src/io/handoff/sync/gate.ts
async function gateSynced(held, options, warnings) {
  let nameOf = (claim) => parseName((0, import_node_path2.basename)(claim.path))?.pendingName ?? (0, import_node_path2.basename)(claim.path), bytes = new Map(held.map(([, claim]) => [nameOf(claim), claim.bytes])), { fates, winners, reason } = await arbitrate([...bytes.keys()], { ...options, bytes }), keep = [], later = 0, lost = 0;
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
