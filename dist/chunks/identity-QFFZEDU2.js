import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  readerOf,
  whoAmI
} from "./chunk-K7KUWVWP.js";
import "./chunk-KJXNLXNX.js";
import "./chunk-7S46E5XO.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  readerOf,
  whoAmI
};
