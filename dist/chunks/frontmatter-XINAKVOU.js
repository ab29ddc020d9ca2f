import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  markConsumed,
  parseHandoff,
  renderHandoff
} from "./chunk-H2YLH7EW.js";
import "./chunk-EGU3MAJP.js";
export {
  markConsumed,
  parseHandoff,
  renderHandoff
};
