import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  denyReason
} from "./chunk-KS27R5JB.js";
import {
  loadConfig
} from "./chunk-HYHQ2XWM.js";
import "./chunk-YT5RMEHU.js";
import "./chunk-VVQSPBSI.js";
import {
  sessionOf
} from "./chunk-QT63ME4X.js";
import "./chunk-EGU3MAJP.js";

// src/hooks/_guard.ts
async function guard(input, target) {
  if (!loadConfig().guard) return;
  let session = sessionOf(input);
  if (!session) return;
  let [{ claimFile }, { sessionsDir }] = await Promise.all([import("./claims-XSTSFCOR.js"), import("./registry-JWVPRLCN.js")]), now = /* @__PURE__ */ new Date(), cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd(), result = await claimFile({ dir: sessionsDir(), session, path: target, now, cwd, wait: 3e3 });
  if (!result.granted)
    return {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: "deny",
        permissionDecisionReason: denyReason(result.path, result.holder, now)
      }
    };
}
export {
  guard
};
