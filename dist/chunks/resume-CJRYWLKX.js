import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claimedHere,
  escapeBody,
  renderResume
} from "./chunk-TNJ2HO6B.js";
import "./chunk-WCWM3NRZ.js";
import "./chunk-EGU3MAJP.js";
export {
  claimedHere,
  escapeBody,
  renderResume
};
