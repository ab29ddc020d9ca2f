import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  receivedBy,
  receivedNames
} from "./chunk-4GKPHCHN.js";
import "./chunk-Q3O6BRWA.js";
import "./chunk-5ODD5IWO.js";
import "./chunk-K3ZHAZQS.js";
import "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  receivedBy,
  receivedNames
};
