import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  importLegacy,
  orphanImports,
  recoverImports
} from "./chunk-ON4BSFVZ.js";
import "./chunk-CPAVN26Q.js";
import "./chunk-6O7XTZ43.js";
import "./chunk-6TTUXQLT.js";
import "./chunk-5KZYH34G.js";
import "./chunk-U7LSB2QG.js";
import "./chunk-4POV3CWK.js";
import "./chunk-L4DJEY5C.js";
import "./chunk-QWQVRMO7.js";
import "./chunk-VJ72LDKP.js";
import "./chunk-INC2223F.js";
import "./chunk-G4JNFTDM.js";
import "./chunk-K334FMCZ.js";
import "./chunk-XLJB4OHB.js";
import "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-H2YLH7EW.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";
export {
  importLegacy,
  orphanImports,
  recoverImports
};
