import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  indexAdd,
  lockWrite,
  sha256,
  writeAtomic
} from "./chunk-YNY7UW5S.js";
import "./chunk-B3IZWPTN.js";
import "./chunk-36L7OBIA.js";
import {
  readIfExists
} from "./chunk-Z5A4FDRP.js";
import "./chunk-BEFKRBPK.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-BCKNI4VR.js";
import "./chunk-FNSZFOFE.js";
import "./chunk-EHGXJL57.js";
import "./chunk-MLYNGDWY.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  indexAdd,
  lockWrite,
  readIfExists,
  sha256,
  writeAtomic
};
