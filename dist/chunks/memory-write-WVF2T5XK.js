import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  indexAdd,
  lockWrite,
  sha256,
  writeAtomic
} from "./chunk-2EY75CZT.js";
import "./chunk-NGTVWZZT.js";
import "./chunk-36L7OBIA.js";
import {
  readIfExists
} from "./chunk-E6EZFKTY.js";
import "./chunk-6ZKVROHM.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-5SMAUFA2.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  indexAdd,
  lockWrite,
  readIfExists,
  sha256,
  writeAtomic
};
