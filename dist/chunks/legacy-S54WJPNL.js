import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-NKKQMMMI.js";
import "./chunk-4LP3DF5E.js";
import "./chunk-PGPTKZIA.js";
import "./chunk-ENKLHQCI.js";
import "./chunk-IITB65LF.js";
import "./chunk-PRGL4QQY.js";
import "./chunk-Q3PCKETM.js";
import "./chunk-NDCYNGEE.js";
import "./chunk-KQ6UXRXD.js";
import "./chunk-2FIPPLDH.js";
import "./chunk-QTWDPPQJ.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-H2YLH7EW.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
