import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  canonicalPath,
  withLock,
  withLocks
} from "./chunk-NVAGCKIK.js";
import "./chunk-M2C24T5T.js";
import "./chunk-2BRZLEGS.js";
import "./chunk-EHGXJL57.js";
import "./chunk-2W7A2WBG.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  canonicalPath,
  withLock,
  withLocks
};
