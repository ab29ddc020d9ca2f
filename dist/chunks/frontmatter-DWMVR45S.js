import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  frontMatterLanguage,
  markConsumed,
  parseHandoff,
  renderHandoff
} from "./chunk-KJILGL7W.js";
import "./chunk-EGU3MAJP.js";
export {
  frontMatterLanguage,
  markConsumed,
  parseHandoff,
  renderHandoff
};
