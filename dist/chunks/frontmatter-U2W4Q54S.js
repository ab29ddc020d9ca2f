import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  markConsumed,
  parseHandoff,
  renderHandoff
} from "./chunk-7OVCZP5F.js";
import "./chunk-EGU3MAJP.js";
export {
  markConsumed,
  parseHandoff,
  renderHandoff
};
