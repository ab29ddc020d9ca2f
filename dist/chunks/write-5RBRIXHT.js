import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  renderHandoffBytes,
  writeHandoff
} from "./chunk-MZ432NYE.js";
import "./chunk-JTYHLQMA.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-KJILGL7W.js";
import "./chunk-MYJ347HU.js";
import "./chunk-V2224OOU.js";
import "./chunk-PKRXNVHW.js";
import "./chunk-C7KYYSDF.js";
import "./chunk-DCEHPQCO.js";
import "./chunk-ZLSNEWXL.js";
import "./chunk-WNQDCVTP.js";
import "./chunk-GT4VKGFU.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  renderHandoffBytes,
  writeHandoff
};
