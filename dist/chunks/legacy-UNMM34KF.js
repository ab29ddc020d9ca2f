import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-TJWHDEZZ.js";
import "./chunk-DDUW64EG.js";
import "./chunk-2KJWADXC.js";
import "./chunk-HA5VU3PI.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-C2T3YEVQ.js";
import "./chunk-7OVCZP5F.js";
import "./chunk-TZRAHOB3.js";
import "./chunk-K3ZHAZQS.js";
import "./chunk-2CYMDRIV.js";
import "./chunk-VTCV6ZU3.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-NCEYQFID.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-76TKOTCD.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
