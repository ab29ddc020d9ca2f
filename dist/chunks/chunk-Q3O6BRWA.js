import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  handoffText
} from "./chunk-J47OTX5D.js";
import {
  pruneOlder
} from "./chunk-HII3WHUD.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/received-log.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var receivedFolder = (home) => (0, import_node_path.join)(home, "baton", "received"), sessionFileName = (session) => /^[A-Za-z0-9_-]{1,200}$/.test(session) ? session : void 0;
function logReceived(home, session, paths) {
  let name = sessionFileName(session);
  if (!(name === void 0 || paths.length === 0))
    try {
      (0, import_node_fs.mkdirSync)(receivedFolder(home), { recursive: !0, mode: 448 }), (0, import_node_fs.appendFileSync)((0, import_node_path.join)(receivedFolder(home), name), paths.map((p) => `${(0, import_node_path.basename)(p)}
`).join(""), { mode: 384 });
    } catch {
    }
}
function loggedReceived(home, session) {
  let name = sessionFileName(session);
  if (name === void 0) return [];
  let text = handoffText((0, import_node_path.join)(receivedFolder(home), name));
  if (text === void 0) return [];
  let names = text.split(`
`).filter((n) => n !== "" && n === (0, import_node_path.basename)(n) && n.endsWith(".md"));
  return [...new Set(names)];
}
function pruneReceived(home, days, now) {
  pruneOlder(receivedFolder(home), days, now);
}

export {
  logReceived,
  loggedReceived,
  pruneReceived
};
