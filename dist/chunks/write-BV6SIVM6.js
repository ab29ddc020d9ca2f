import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  renderHandoffBytes,
  writeHandoff
} from "./chunk-APXAIINS.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-MV5ZEUZO.js";
import "./chunk-H2YLH7EW.js";
import "./chunk-RUKMZBQQ.js";
import "./chunk-TSYO545O.js";
import "./chunk-RSVDZ4NC.js";
import "./chunk-PQBVTKCN.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-Q73KJ6BB.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-B4TMQ7XC.js";
import "./chunk-O3TCEPNT.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  renderHandoffBytes,
  writeHandoff
};
