import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  loggedReceived
} from "./chunk-UPY5HCJ3.js";
import {
  parseDoc
} from "./chunk-TSYO545O.js";
import {
  handoffText
} from "./chunk-RSVDZ4NC.js";
import "./chunk-PQBVTKCN.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-O3TCEPNT.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/lineage.ts
var import_node_path = __toESM(require_path(), 1);
async function receivedNames(dir, home, session) {
  let names = [];
  for (let name of loggedReceived(home, session)) {
    let raw = handoffText((0, import_node_path.join)(dir, name));
    if (raw === void 0 || !raw.includes(session)) continue;
    let doc = await parseDoc(raw);
    doc.error === void 0 && doc.meta.consumed?.by === session && names.push(name);
  }
  return names.sort();
}
export {
  receivedNames
};
