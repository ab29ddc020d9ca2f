import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  renderHandoffBytes,
  writeHandoff
} from "./chunk-LX3K3LHN.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-W44FOPEM.js";
import "./chunk-ORCAAO24.js";
import "./chunk-TCMDTBJT.js";
import "./chunk-PXJIEZAU.js";
import "./chunk-AAQRAKLG.js";
import "./chunk-7O42GILP.js";
import "./chunk-LPGZBVP5.js";
import "./chunk-A7WFTUUA.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  renderHandoffBytes,
  writeHandoff
};
