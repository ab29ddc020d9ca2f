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
  let same = /* @__PURE__ */ new Set(), unsure = [];
  for (let [name, bytes] of locals) {
    if (!knownIn(trees, name)) continue;
    blobsOf(trees, name).some((sha) => sha === blobId(bytes, sha)) ? same.add(name) : unsure.push(name);
  }
  if (unsure.length === 0) return { same };
  let past = await history(dir, unsure, budget), redactable = [];
  for (let name of unsure) {
    let adds = past.adds.get(name) ?? [], shas = /* @__PURE__ */ new Set([...blobsOf(trees, name), ...adds]), bytes = locals.get(name);
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
