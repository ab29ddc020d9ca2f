import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  registerSession
} from "./chunk-ZTHBK5YG.js";
import "./chunk-5ODV67V6.js";
import "./chunk-6ZKVROHM.js";
import "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  registerSession
};
