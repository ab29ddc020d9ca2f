import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  autosaveHook
} from "../chunks/chunk-4ETSGX4M.js";
import "../chunks/chunk-AYX6OVNO.js";
import "../chunks/chunk-JICRXR7E.js";
import "../chunks/chunk-HYHQ2XWM.js";
import "../chunks/chunk-YT5RMEHU.js";
import "../chunks/chunk-VVQSPBSI.js";
import "../chunks/chunk-4AILPLMV.js";
import "../chunks/chunk-QT63ME4X.js";
import "../chunks/chunk-EGU3MAJP.js";

// src/hooks/pre-compact.ts
await autosaveHook("PreCompact");
