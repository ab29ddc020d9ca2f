import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  claimFile,
  releaseFile
} from "./chunk-C77VB244.js";
import "./chunk-SJ3DXKHK.js";
import "./chunk-5ODV67V6.js";
import "./chunk-NGTVWZZT.js";
import "./chunk-K6EI55EL.js";
import "./chunk-4BCCRWB6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  claimFile,
  releaseFile
};
