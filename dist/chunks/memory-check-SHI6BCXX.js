import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemoryFile,
  memoryNotice,
  readIfExists
} from "./chunk-WJFZ5Q5X.js";
import "./chunk-K6EI55EL.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  checkMemoryFile,
  memoryNotice,
  readIfExists
};
