import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemoryFile,
  memoryNotice,
  readIfExists
} from "./chunk-E6EZFKTY.js";
import "./chunk-6ZKVROHM.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  checkMemoryFile,
  memoryNotice,
  readIfExists
};
