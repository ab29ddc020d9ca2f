import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  upsertEntry
} from "./chunk-W65CX65Y.js";
import "./chunk-LRVVQJZT.js";
import {
  decodeUtf8
} from "./chunk-VWTCETGB.js";
import {
  lockedUpdate
} from "./chunk-PE2KOFPH.js";
import "./chunk-KYZYOAEM.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import "./chunk-2KJWADXC.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import {
  require_crypto
} from "./chunk-RGU2QRGX.js";
import "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/memory/write.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var sha256 = (content) => (0, import_node_crypto.createHash)("sha256").update(content).digest("hex");
function indexAddChange(index, entry, key) {
  return (current) => {
    let before = current === void 0 ? "" : decodeUtf8(current, index, "add an entry to it"), result;
    try {
      result = upsertEntry(before, entry, key);
    } catch (error) {
      throw new BatonError("EENTRY", `cannot add this entry to ${index}: ${error.message}`, {
        file: index,
        hint: "give one line holding a link, e.g. --entry '- [Build](build.md) \u2014 how to build', or name the key with --key"
      });
    }
    let out = { path: index, action: result.action, key: result.key, line: result.line };
    return result.action === "unchanged" ? { result: out } : { content: result.text, result: out };
  };
}
async function indexAdd(index, entry, key, options = {}) {
  return lockedUpdate(index, indexAddChange(index, entry, key), { ...options, precompute: !0 });
}
function lockWriteChange(target, content, expectSha256) {
  let expected = expectSha256?.toLowerCase(), bytes = typeof content == "string" ? Buffer.from(content) : content;
  return (current) => {
    let previous = sha256(current ?? ""), result = { path: target, sha256: sha256(bytes), previous, created: current === void 0 };
    if (expected !== void 0 && expected !== previous)
      throw new BatonError(
        "ECONFLICT",
        `${target} changed since you read it: expected sha256 ${expected}, found ${previous}. Nothing was written`,
        {
          file: target,
          hint: `read ${target} again, redo your change on top of what is there now, then write with --expect-sha256 ${previous}`
        }
      );
    return { content: bytes, result };
  };
}
async function lockWrite(target, content, options = {}) {
  return lockedUpdate(target, lockWriteChange(target, content, options.expectSha256), options);
}
export {
  indexAdd,
  indexAddChange,
  lockWrite,
  lockWriteChange,
  sha256
};
