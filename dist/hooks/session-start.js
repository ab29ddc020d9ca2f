import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  loadConfig
} from "../chunks/chunk-HYHQ2XWM.js";
import "../chunks/chunk-YT5RMEHU.js";
import {
  batonDir,
  claudeHome,
  handoffDir
} from "../chunks/chunk-VVQSPBSI.js";
import {
  withRegistry
} from "../chunks/chunk-4AILPLMV.js";
import {
  runHook,
  sessionOf
} from "../chunks/chunk-QT63ME4X.js";
import "../chunks/chunk-EGU3MAJP.js";

// src/hooks/session-start.ts
import { appendFileSync } from "node:fs";

// src/hooks/_maintain.ts
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var DAY = 864e5;
async function maintain(context) {
  let marker = join(batonDir(), "last-clean"), due = !0;
  try {
    due = Date.now() - statSync(marker).mtimeMs > DAY;
  } catch {
  }
  if (!due) return [];
  let { cleanHandoffs } = await import("../chunks/clean-SD3NKJS3.js");
  mkdirSync(batonDir(), { recursive: !0, mode: 448 }), writeFileSync(marker, (/* @__PURE__ */ new Date()).toISOString());
  let restored = cleanHandoffs(context.dir, /* @__PURE__ */ new Date(), { days: context.config.keepDays }).restored.length;
  return restored ? [`baton: put ${restored} interrupted claim(s) back as pending.`] : [];
}

// src/hooks/session-start.ts
var CONTEXT_LIMIT = 9500;
function exportSession(session) {
  let envFile = process.env.CLAUDE_ENV_FILE;
  envFile && session && appendFileSync(envFile, `export BATON_SESSION_ID=${session}
`);
}
async function sessionStart(input) {
  let session = sessionOf(input);
  exportSession(session);
  let config = loadConfig(), cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd(), dir = handoffDir(), notes = [];
  if (input.source === "resume" || input.source === "compact") {
    let { countPending } = await import("../chunks/_pending-7C2WID5J.js"), n = await countPending(dir, cwd, config.scope === "all");
    notes.push(...await maintain({ dir, config }));
    let line = n > 0 ? `baton: ${n} handoff(s) from other sessions are pending; run /baton:handoff-resume to read them.` : void 0;
    return line && notes.unshift(line), {
      ...line ? { hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: line } } : {},
      ...notes.length ? { systemMessage: notes.join(`
`) } : {}
    };
  }
  let { resumeHandoffs } = await import("../chunks/resume-SESPEONZ.js"), maxChars = Math.min(config.maxChars, CONTEXT_LIMIT), result = await resumeHandoffs({ dir, home: claudeHome(), cwd, now: /* @__PURE__ */ new Date(), session, maxChars, all: config.scope === "all" });
  notes.push(...await maintain({ dir, config }));
  let memory = (await import("../chunks/memory-check-GVTBGT7W.js")).memoryNotice(cwd);
  memory && notes.push(memory);
  let parts = [], count = result.shown.length + result.omitted.length;
  (count > 0 || result.pendingElsewhere > 0) && parts.push(result.text), count > 0 && notes.unshift(`baton: resumed ${count} handoff(s) from earlier sessions${result.omitted.length ? ` (${result.omitted.length} listed by path: over the budget)` : ""}.`);
  let context = [...parts, ...notes.filter((n) => n.startsWith("baton: MEMORY"))].join(`
`);
  return { output: {
    ...context ? { hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: context } } : {},
    ...notes.length ? { systemMessage: notes.join(`
`) } : {}
  }, after: result.release };
}
await runHook("SessionStart", withRegistry("register", sessionStart));
