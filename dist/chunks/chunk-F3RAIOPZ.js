import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-M4THCNYT.js";
import {
  renderHandoffBytes
} from "./chunk-SP743B6D.js";
import {
  importedMeta
} from "./chunk-5ODD5IWO.js";
import {
  ensureDir,
  handoffText,
  publishHandoff
} from "./chunk-J47OTX5D.js";
import {
  firstFree,
  judge,
  linkOrPlaceholder,
  selfHolder
} from "./chunk-E3V6Y3VB.js";
import {
  readUntrusted
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  parseHandoff,
  renderHandoff
} from "./chunk-7OVCZP5F.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  abandoned,
  formatStamp,
  importingName,
  parseImportingName
} from "./chunk-ZNZ4ZZC5.js";
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
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/legacy.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
import { isUtf8 } from "node:buffer";
var LEGACY = "context-handoff.md", HOUR = 36e5, SLUG = "legacy-context-handoff";
async function importLegacy(home, dir, now = /* @__PURE__ */ new Date()) {
  let legacy = (0, import_node_path.join)(home, LEGACY), path = (await recoverImports(home, dir, now)).at(-1), id = token(), hold = `${legacy}.${importingName(selfHolder(), id)}`;
  try {
    (0, import_node_fs.renameSync)(legacy, hold);
  } catch (error) {
    if (hasCode(error, "ENOENT")) return path;
    throw error;
  }
  return path = await finishImport(legacy, dir, hold, id, !1) ?? path, path;
}
async function recoverImports(home, dir, now) {
  let legacy = (0, import_node_path.join)(home, LEGACY), found = [];
  for (let orphan of orphanImports(home)) {
    let holder = parseImportingName(orphan.slice(LEGACY.length + 1)), path = (0, import_node_path.join)(home, orphan), age;
    try {
      let st = (0, import_node_fs.lstatSync)(path);
      if (!st.isFile()) continue;
      age = now.getTime() - Math.max(st.mtimeMs, st.ctimeMs);
    } catch {
      continue;
    }
    if (!holder || !abandoned(judge(holder), age, HOUR)) continue;
    let id = /-([a-z0-9]+)$/.exec(orphan)?.[1] ?? token(), hold = `${legacy}.${importingName(selfHolder(), id)}`;
    try {
      (0, import_node_fs.renameSync)(path, hold);
    } catch (error) {
      if (hasCode(error, "ENOENT")) continue;
      throw error;
    }
    try {
      let done = await finishImport(legacy, dir, hold, id, !0);
      done && found.push(done);
    } catch (error) {
      if (!(error instanceof BatonError && error.code === "ELEGACY")) throw error;
    }
  }
  return found;
}
function orphanImports(home) {
  return namesIn(home).filter((n) => n.startsWith(`${LEGACY}.importing-`));
}
var importMark = (id) => `import-${id}`;
function publishedBy(dir, id) {
  for (let pass = 0; pass < 20; pass++) {
    let moved = !1;
    for (let name of namesIn(dir).filter((n) => n.includes(`_${SLUG}`) && n.endsWith(".md"))) {
      let unreadable = !1, raw = handoffText((0, import_node_path.join)(dir, name), () => unreadable = !0);
      if (raw === void 0) {
        moved ||= !unreadable;
        continue;
      }
      try {
        if (parseHandoff(raw).meta.legacyImport === importMark(id)) return (0, import_node_path.join)(dir, name);
      } catch {
      }
    }
    if (!moved) return;
  }
}
async function finishImport(legacy, dir, hold, id, recovering) {
  try {
    let file = readLegacy(hold, legacy);
    if (!file) return;
    let raw = file.bytes.toString("utf8"), mtime = new Date(file.mtimeMs), exact = isUtf8(file.bytes) ? void 0 : file.bytes, doc = exact ? { meta: {}, body: raw } : parseHandoff(raw);
    if (redactOn()) {
      let { redact, redactBytes } = await import("./redact-JPNPIUQ7.js");
      exact ? exact = (await redactBytes(exact)).bytes : doc.body = (await redact(doc.body)).text;
    }
    if (doc.body.trim() === "") {
      keepAsImported(hold, legacy);
      return;
    }
    ensureDir(dir);
    let meta = importedMeta(doc.meta, mtime, legacy, importMark(id)), stamp = formatStamp(mtime), path = (recovering ? publishedBy(dir, id) : void 0) ?? publishHandoff(dir, stamp, SLUG, exact ? renderHandoffBytes(meta, exact) : renderHandoff(meta, doc.body));
    return keepAsImported(hold, legacy), path;
  } catch (error) {
    try {
      linkOrPlaceholder(hold, legacy), (0, import_node_fs.rmSync)(hold, { force: !0 });
    } catch {
    }
    throw error;
  }
}
function redactOn() {
  try {
    return loadConfig().redact;
  } catch {
    return !0;
  }
}
function keepAsImported(hold, legacy) {
  let nameFor = (n) => n === 1 ? `${legacy}.imported` : `${legacy}.imported-${n}`;
  try {
    firstFree(nameFor, (name) => linkOrPlaceholder(hold, name), { dir: (0, import_node_path.dirname)(legacy), attempts: 999 });
  } catch (error) {
    if (error instanceof BatonError && error.code === "EFULL") return;
    throw error;
  }
  (0, import_node_fs.rmSync)(hold, { force: !0 });
}
function readLegacy(hold, legacy) {
  try {
    return readUntrusted(hold);
  } catch (error) {
    let why = error instanceof BatonError ? error.message.replace(hold, legacy) : `cannot read it (${error.code ?? "EIO"})`;
    throw new BatonError("ELEGACY", `${legacy} was not imported: ${why}`, {
      file: legacy,
      hint: `make it a plain file you can read, or move it away (mv '${legacy}' '${legacy}.bak')`,
      cause: error
    });
  }
}

export {
  importLegacy,
  recoverImports,
  orphanImports
};
