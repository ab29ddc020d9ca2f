import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-CJE263X4.js";
import "./chunk-7YOG4JRA.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-VNFITCP7.js";
import "./chunk-W44FOPEM.js";
import "./chunk-ORCAAO24.js";
import "./chunk-TCMDTBJT.js";
import "./chunk-T75W7RMV.js";
import "./chunk-AAQRAKLG.js";
import "./chunk-ZLW5MNG5.js";
import "./chunk-LPGZBVP5.js";
import "./chunk-A7WFTUUA.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
