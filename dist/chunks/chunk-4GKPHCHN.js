import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  loggedReceived
} from "./chunk-Q3O6BRWA.js";
import {
  itemFields
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  handoffText
} from "./chunk-J47OTX5D.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/received.ts
var import_node_path = __toESM(require_path(), 1);
async function* receivedDocs(dir, home, session) {
  if (session !== "")
    for (let name of loggedReceived(home, session)) {
      let path = (0, import_node_path.join)(dir, name), raw = handoffText(path);
      if (raw === void 0 || !raw.includes(session)) continue;
      let doc = await parseDoc(raw), consumed = doc.meta.consumed;
      consumed?.by === session && (yield { name, path, doc, at: consumed.at });
    }
}
async function receivedBy(dir, home, session, stale = () => {
}) {
  let items = [];
  for await (let { path, doc, at } of receivedDocs(dir, home, session)) {
    let fields = itemFields(doc.meta);
    items.push({
      ...fields,
      file: path,
      body: doc.body,
      commitsSince: stale(doc.meta),
      warning: doc.error,
      received: at || "earlier",
      time: Date.parse(fields.created ?? "") || 0
    });
  }
  return items.sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), items.map(({ time: _, ...item }) => item);
}
async function receivedNames(dir, home, session) {
  let names = [];
  for await (let { name, doc } of receivedDocs(dir, home, session)) doc.error === void 0 && names.push(name);
  return names.sort();
}

export {
  receivedBy,
  receivedNames
};
