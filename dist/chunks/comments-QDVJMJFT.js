import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  commentBlocks
} from "./chunk-PAGXD24X.js";
import "./chunk-LRVVQJZT.js";
import "./chunk-KYZYOAEM.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  commentBlocks
};
