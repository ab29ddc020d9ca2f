import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  Scanner,
  grepNames,
  handoffNames
} from "./chunk-Y2VFMH57.js";
import {
  parseDoc
} from "./chunk-TSYO545O.js";
import "./chunk-MZ5BISHI.js";
import "./chunk-XBYPNZ3V.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-2W7A2WBG.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-O3TCEPNT.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/io/handoff/lineage.ts
var GREP_FROM = 500;
async function receivedNames(dir, session) {
  if (session === "") return [];
  let consumed = handoffNames(dir).filter((f) => f.consumed), word = session.toLowerCase(), narrowed = consumed.length >= GREP_FROM ? grepNames(dir, word) : void 0, scanner = new Scanner([word]), names = [];
  for (let f of narrowed ? consumed.filter((c) => narrowed.has(c.name)) : consumed) {
    let scan = scanner.scan(f.path);
    if (scan.kind !== "text") continue;
    let doc = await parseDoc(scan.text);
    doc.error === void 0 && doc.meta.consumed?.by === session && names.push(f.name);
  }
  return names.sort();
}
export {
  receivedNames
};
