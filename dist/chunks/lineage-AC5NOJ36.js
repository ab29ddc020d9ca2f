import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  lineageOf,
  noteKey,
  parentsOf,
  renderLineage
} from "./chunk-76TKOTCD.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-EGU3MAJP.js";
export {
  lineageOf,
  noteKey,
  parentsOf,
  renderLineage
};
