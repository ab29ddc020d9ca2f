import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  publishExclusive
} from "./chunk-E3V6Y3VB.js";
import {
  readIfExists
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  CLAIM_PREFIX,
  candidateName,
  doneName,
  parseClaimName,
  parseName
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

// src/io/handoff/store.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var ELSEWHERE = { elsewhere: "BATON_HANDOFF_DIR / --dir" };
function publishHandoff(dir, stamp, slug, content) {
  let held;
  return publishExclusive(dir, (n) => candidateName(stamp, slug, n), content, {
    taken: (name) => (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, doneName(name))) || (held ??= heldNames(dir)).has(name)
  });
}
function heldNames(dir) {
  let held = /* @__PURE__ */ new Set();
  for (let name of namesIn(dir)) {
    let pending = name.startsWith(CLAIM_PREFIX) ? parseClaimName(name)?.pendingName : void 0;
    pending && held.add(pending);
  }
  return held;
}
function ensureDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 }), (0, import_node_fs.accessSync)(dir, import_node_fs.constants.W_OK);
  } catch (error) {
    throw fileError(error, "write to the handoff directory", dir, ELSEWHERE);
  }
}
function listHandoffs(dir, options = {}) {
  let pending = [], consumed = [], litter = 0, names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return { pending, consumed, litter };
    throw fileError(error, "read the handoff directory", dir);
  }
  for (let name of names) {
    if (name.startsWith(".baton-") && litter++, !name.endsWith(".md") || options.pendingOnly && name.indexOf("_done", 18) !== -1) continue;
    let parsed = parseName(name);
    if (!parsed || options.pendingOnly && parsed.consumed) continue;
    let path = (0, import_node_path.join)(dir, name);
    if (!isRegularFile(path)) continue;
    let entry = { ...parsed, name, path };
    (parsed.consumed ? consumed : pending).push(entry);
  }
  let byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return { pending: pending.sort(byName), consumed: consumed.sort(byName), litter };
}
function isRegularFile(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isFile();
  } catch {
    return !1;
  }
}
function handoffText(path, onSkip = () => {
}) {
  try {
    return readIfExists(path, "untrusted")?.bytes.toString("utf8");
  } catch (error) {
    onSkip(skippedWarning(error, path));
    return;
  }
}
function skippedWarning(error, path) {
  let e = fileError(error, "read", path);
  return `baton: skipped a handoff: ${e.message}${e.hint ? `; ${e.hint}` : ""}. It stays where it is; the other handoffs are not affected.`;
}

export {
  publishHandoff,
  ensureDir,
  listHandoffs,
  handoffText,
  skippedWarning
};
