import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-BALAOF44.js";
import "./chunk-J63MKFV3.js";
import "./chunk-VNFITCP7.js";
import "./chunk-QOINWZ7J.js";
import "./chunk-3BJUWCFN.js";
import "./chunk-4Z244ZLL.js";
import "./chunk-XMUTZFPM.js";
import "./chunk-T75W7RMV.js";
import "./chunk-ZLW5MNG5.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-AAQRAKLG.js";
import "./chunk-LPGZBVP5.js";
import "./chunk-A7WFTUUA.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-TCMDTBJT.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
