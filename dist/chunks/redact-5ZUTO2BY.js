import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import "./chunk-Q2OJ57LK.js";
import {
  EXAMPLE_SECRETS,
  RULES,
  applyFindings,
  describeCounts,
  entropy,
  isCode,
  isExample,
  isPlaceholder,
  isUuid,
  looksSecret,
  mergeFindings,
  privateSpans,
  redactWith,
  replacementFor,
  ruleFindings
} from "./chunk-X6ZI5DKC.js";
import "./chunk-EGU3MAJP.js";
export {
  EXAMPLE_SECRETS,
  RULES,
  applyFindings,
  describeCounts,
  entropy,
  isCode,
  isExample,
  isPlaceholder,
  isUuid,
  looksSecret,
  mergeFindings,
  privateSpans,
  redactWith,
  replacementFor,
  ruleFindings
};
