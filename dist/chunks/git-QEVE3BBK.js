import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  commitsSince,
  dirtyCount,
  gitState,
  gitStateSlow
} from "./chunk-4BCCRWB6.js";
import "./chunk-EGU3MAJP.js";
export {
  commitsSince,
  dirtyCount,
  gitState,
  gitStateSlow
};
