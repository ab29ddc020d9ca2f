import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkMemoryFile,
  memoryNotice,
  readIfExists
} from "./chunk-ZQ7S6VUS.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-EGU3MAJP.js";
export {
  checkMemoryFile,
  memoryNotice,
  readIfExists
};
