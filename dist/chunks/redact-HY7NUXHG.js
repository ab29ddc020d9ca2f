import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  redact,
  redactBytes
} from "./chunk-3TXGYOOT.js";
import "./chunk-EGU3MAJP.js";
export {
  redact,
  redactBytes
};
