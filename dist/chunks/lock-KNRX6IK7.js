import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  canonicalPath,
  withLock,
  withLocks
} from "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import "./chunk-2KJWADXC.js";
import "./chunk-RGU2QRGX.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  canonicalPath,
  withLock,
  withLocks
};
