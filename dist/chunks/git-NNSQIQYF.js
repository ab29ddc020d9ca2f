import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  commitsSince,
  dirtyCount,
  gitState,
  gitStateSlow
} from "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-EGU3MAJP.js";
export {
  commitsSince,
  dirtyCount,
  gitState,
  gitStateSlow
};
