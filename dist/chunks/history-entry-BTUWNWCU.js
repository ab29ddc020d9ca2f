import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  firstLine,
  historyEntry
} from "./chunk-ULK3WFFH.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import {
  withLock
} from "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import {
  historyFile
} from "./chunk-2KJWADXC.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/history-entry.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/io/handoff/history.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
var FLAGS = import_node_fs.constants.O_RDWR | import_node_fs.constants.O_APPEND | import_node_fs.constants.O_CREAT | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
function appendDurably(path, text) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: !0, mode: 448 });
  let fd = (0, import_node_fs.openSync)(path, FLAGS, 384);
  try {
    let st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile())
      throw new BatonError("ENOTREG", `${path} is not a regular file: the history index was not written`, {
        file: path,
        hint: `move ${path} out of the way; Baton makes a new one`
      });
    let lead = "";
    if (st.size > 0) {
      let last = Buffer.alloc(1);
      (0, import_node_fs.readSync)(fd, last, 0, 1, st.size - 1), last[0] !== 10 && (lead = `
`);
    }
    let bytes = Buffer.from(lead + text, "utf8");
    for (let at = 0; at < bytes.length; ) at += (0, import_node_fs.writeSync)(fd, bytes, at, bytes.length - at);
    (0, import_node_fs.fsyncSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
async function appendHistory(home, entries) {
  if (entries.length === 0) return;
  let path = historyFile(home), text = entries.map((e) => `${JSON.stringify(e)}
`).join("");
  await withLock(
    path,
    (lease) => {
      lease.assertHeld();
      try {
        appendDurably(path, text);
      } catch (error) {
        throw error instanceof BatonError ? error : fileError(error, "write", path);
      }
    },
    { locksDir: (0, import_node_path.join)(home, "baton", "locks") }
  );
}

// src/io/handoff/history-entry.ts
async function entryFor(name, doc, now) {
  let { sectionSpans, summaryText } = await import("./sections-U35L3XAV.js"), body = doc.body.slice(0, 256 * 1024), spans = sectionSpans(body);
  return historyEntry((0, import_node_path2.basename)(name), doc.meta, {
    summary: firstLine(summaryText(body, spans)),
    sections: spans.map((s) => s.title),
    deleted: now
  });
}
async function recordDeleted(home, notes, now) {
  let entries = [];
  for (let n of notes) entries.push(await entryFor(n.name, n.doc, now));
  await appendHistory(home, entries);
}
export {
  entryFor,
  recordDeleted
};
