import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  indexAdd,
  lockWrite,
  sha256,
  writeAtomic
} from "./chunk-H42AOXSD.js";
import "./chunk-EPG4AWW2.js";
import "./chunk-36L7OBIA.js";
import {
  readIfExists
} from "./chunk-AZTNGKD7.js";
import "./chunk-PURLVGXY.js";
import "./chunk-Z2XP3ZIP.js";
import "./chunk-I4PBBIIT.js";
import "./chunk-WNQDCVTP.js";
import "./chunk-GT4VKGFU.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  indexAdd,
  lockWrite,
  readIfExists,
  sha256,
  writeAtomic
};
