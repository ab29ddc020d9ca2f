import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  guardedKind
} from "../chunks/chunk-KS27R5JB.js";
import {
  claudeHome
} from "../chunks/chunk-VVQSPBSI.js";
import {
  runHook
} from "../chunks/chunk-QT63ME4X.js";
import "../chunks/chunk-EGU3MAJP.js";

// src/hooks/pre-tool-use.ts
import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
function covered(input) {
  let raw = input.tool_input?.file_path;
  if (typeof raw != "string" || raw === "") return;
  let target = resolve(input.cwd || process.cwd(), raw), home = claudeHome(), under = (root) => target.startsWith(root + sep) && guardedKind(relative(root, target).split(sep).join("/")) ? target : void 0, found = under(home);
  if (found === void 0)
    try {
      let real = realpathSync(home);
      real !== home && (found = under(real));
    } catch {
    }
  return found;
}
await runHook("PreToolUse", async (input) => {
  let target = covered(input);
  return target === void 0 ? void 0 : (await import("../chunks/_guard-BJNLZENK.js")).guard(input, target);
});
