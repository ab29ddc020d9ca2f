import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  renderHandoffBytes,
  writeHandoff
} from "./chunk-JLNPVX4Z.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-JUXFA2WQ.js";
import "./chunk-U6G6LV7I.js";
import "./chunk-WWDRSFDC.js";
import "./chunk-KJILGL7W.js";
import "./chunk-WMLGDQSG.js";
import "./chunk-AAQRAKLG.js";
import "./chunk-EDTFKMT2.js";
import "./chunk-QFQ7JQA3.js";
import "./chunk-A7WFTUUA.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  renderHandoffBytes,
  writeHandoff
};
