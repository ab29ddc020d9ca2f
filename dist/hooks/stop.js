import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_lib
} from "../chunks/chunk-5SMAUFA2.js";
import {
  activityOf
} from "../chunks/chunk-AYX6OVNO.js";
import {
  needsHandoff
} from "../chunks/chunk-JICRXR7E.js";
import {
  loadConfig
} from "../chunks/chunk-HYHQ2XWM.js";
import "../chunks/chunk-YT5RMEHU.js";
import {
  batonDir
} from "../chunks/chunk-VVQSPBSI.js";
import {
  withRegistry
} from "../chunks/chunk-4AILPLMV.js";
import {
  runHook,
  sessionOf
} from "../chunks/chunk-QT63ME4X.js";
import {
  __toESM
} from "../chunks/chunk-EGU3MAJP.js";

// src/hooks/_state.ts
var import_write_file_atomic = __toESM(require_lib(), 1);
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
var file = (session) => join(batonDir(), "state", `${session || "unknown"}.json`);
function readState(session) {
  try {
    return JSON.parse(readFileSync(file(session), "utf8"));
  } catch {
    return {};
  }
}
function writeState(session, patch) {
  mkdirSync(join(batonDir(), "state"), { recursive: !0, mode: 448 }), import_write_file_atomic.default.sync(file(session), JSON.stringify({ ...readState(session), ...patch }), { mode: 384 });
}

// src/hooks/stop.ts
function stop(input) {
  let config = loadConfig();
  if (config.stopMode === "off") return {};
  let session = sessionOf(input), state = readState(session), activity = activityOf(input.transcript_path);
  if (!needsHandoff(activity) || Number(state.remindedAtEdit ?? -1) >= activity.lastEdit) return {};
  writeState(session, { remindedAtEdit: activity.lastEdit });
  let what = `this session changed ${activity.files.length} file(s) and has not saved a handoff since`;
  return config.stopMode === "block" && input.stop_hook_active !== !0 ? { decision: "block", reason: `baton: ${what}. Run /baton:handoff-write now so the next session gets this context, then stop.` } : { systemMessage: `baton: ${what}. Run /baton:handoff-write before you close this terminal.` };
}
await runHook("Stop", withRegistry("heartbeat", stop));
