import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  redact,
  redactBytes
} from "./chunk-BGTANJT2.js";
import "./chunk-EGU3MAJP.js";
export {
  redact,
  redactBytes
};
