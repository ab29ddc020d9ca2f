import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  withRegistry
} from "../chunks/chunk-4AILPLMV.js";
import {
  runHook
} from "../chunks/chunk-QT63ME4X.js";
import "../chunks/chunk-EGU3MAJP.js";

// src/hooks/user-prompt-submit.ts
await runHook("UserPromptSubmit", withRegistry("heartbeat", () => {
}));
