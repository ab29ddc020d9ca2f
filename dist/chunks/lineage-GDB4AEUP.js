import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  lineageOf,
  noteKey,
  parentsOf,
  renderLineage
} from "./chunk-B4TMQ7XC.js";
import "./chunk-O3TCEPNT.js";
import "./chunk-EGU3MAJP.js";
export {
  lineageOf,
  noteKey,
  parentsOf,
  renderLineage
};
