import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  commitsSince,
  dirtyCount,
  gitState
} from "./chunk-7WONRDEN.js";
import "./chunk-EGU3MAJP.js";
export {
  commitsSince,
  dirtyCount,
  gitState
};
