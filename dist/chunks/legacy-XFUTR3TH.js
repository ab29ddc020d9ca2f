import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-RU2XYBME.js";
import "./chunk-OUGW5A4X.js";
import "./chunk-2BRZLEGS.js";
import "./chunk-PZR5IHPE.js";
import "./chunk-YR5JSW6G.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-D5YOVCBF.js";
import "./chunk-GDQJEZYB.js";
import "./chunk-44QCSYVN.js";
import "./chunk-K3WQT2MW.js";
import "./chunk-C7PXZREW.js";
import "./chunk-EHGXJL57.js";
import "./chunk-H2YLH7EW.js";
import "./chunk-B4TMQ7XC.js";
import "./chunk-TSYO545O.js";
import "./chunk-MZ5BISHI.js";
import "./chunk-XBYPNZ3V.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-2W7A2WBG.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-O3TCEPNT.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
