import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  entryFile,
  pruneRegistry,
  readEntry,
  removeEntry,
  safeSession,
  scanRegistry,
  sessionsDir,
  touchEntry,
  writeEntry
} from "./chunk-5ODV67V6.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";
export {
  entryFile,
  pruneRegistry,
  readEntry,
  removeEntry,
  safeSession,
  scanRegistry,
  sessionsDir,
  touchEntry,
  writeEntry
};
