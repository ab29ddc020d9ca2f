import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  renderHandoffBytes,
  writeHandoff
} from "./chunk-FBGXOCZR.js";
import "./chunk-IJX44TP6.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-KJILGL7W.js";
import "./chunk-7UJVRW5U.js";
import "./chunk-2BZBXFIZ.js";
import "./chunk-XW6FCEVW.js";
import "./chunk-EDTFKMT2.js";
import "./chunk-ZLSNEWXL.js";
import "./chunk-WNQDCVTP.js";
import "./chunk-KSNZB4GO.js";
import "./chunk-GT4VKGFU.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  renderHandoffBytes,
  writeHandoff
};
