import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  SECTION_KEYS,
  SECTION_TITLES,
  inspectSections,
  parseMarkdown,
  sectionFor
} from "./chunk-FDDWVUV7.js";
import "./chunk-EGU3MAJP.js";
export {
  SECTION_KEYS,
  SECTION_TITLES,
  inspectSections,
  parseMarkdown,
  sectionFor
};
