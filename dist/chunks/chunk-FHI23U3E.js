import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  history
} from "./chunk-GHD4X3OL.js";
import {
  blobsOf,
  knownIn
} from "./chunk-3MPKVRL5.js";
import {
  require_crypto
} from "./chunk-RGU2QRGX.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/same.ts
var import_node_crypto = __toESM(require_crypto(), 1);
function blobId(bytes, like) {
  return (0, import_node_crypto.createHash)(like.length === 64 ? "sha256" : "sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function sameNotes(dir, locals, trees, budget) {
  let same = /* @__PURE__ */ new Set(), unsure = [], redactable = [];
  for (let [name, bytes] of locals) {
    if (!knownIn(trees, name)) continue;
    let onTip = trees[0]?.notes.get(name)?.sha, shas = onTip ? [onTip] : blobsOf(trees, name);
    shas.some((sha) => sha === blobId(bytes, sha)) ? same.add(name) : onTip ? redactable.push([name, new Set(shas)]) : unsure.push(name);
  }
  if (unsure.length + redactable.length === 0) return { same };
  let past = unsure.length > 0 ? await history(dir, unsure, budget) : void 0;
  for (let name of unsure) {
    let adds = past?.adds.get(name) ?? [], shas = /* @__PURE__ */ new Set([...blobsOf(trees, name), ...adds]), bytes = locals.get(name);
    shas.size === 0 || [...shas].some((sha) => sha === blobId(bytes, sha)) ? same.add(name) : redactable.push([name, shas]);
  }
  if (redactable.length > 0) {
    let { redactBytes } = await import("./redact-JPNPIUQ7.js");
    for (let [name, shas] of redactable) {
      let { bytes } = await redactBytes(locals.get(name));
      [...shas].some((sha) => sha === blobId(bytes, sha)) && same.add(name);
    }
  }
  return { same, history: past };
}

export {
  sameNotes
};
