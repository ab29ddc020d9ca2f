import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  activityOf
} from "./chunk-AYX6OVNO.js";
import {
  didWork
} from "./chunk-JICRXR7E.js";
import {
  loadConfig
} from "./chunk-HYHQ2XWM.js";
import {
  handoffDir
} from "./chunk-VVQSPBSI.js";
import {
  withRegistry
} from "./chunk-4AILPLMV.js";
import {
  runHook,
  sessionOf
} from "./chunk-QT63ME4X.js";

// src/core/autosave.ts
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s, list = (items, empty) => items.length === 0 ? `- ${empty}` : items.map((i) => `- ${i}`).join(`
`);
function renderAutosave(activity, git, event, transcriptPath) {
  let files = activity.files.slice(-30).map((f) => `\`${f}\``), commands = activity.commands.slice(-15).map((c) => `\`${clip(c.replace(/\s+/g, " "), 160)}\``), prompts = activity.prompts.slice(-3).map((p) => `"${clip(p.replace(/\s+/g, " "), 300)}"`);
  return [
    "## Session summary",
    `Autosaved by Baton at ${event}: the session ended or compacted without /baton:handoff-write. This is a mechanical record (${activity.edits} edit(s), ${activity.commands.length} command(s)); intent and reasoning are not captured.`,
    "",
    "## What changed",
    list(files, "no file edits recorded"),
    activity.files.length > 30 ? `- \u2026 and ${activity.files.length - 30} more` : "",
    "",
    "## What still needs work",
    "Unknown: check the last prompts below and the git state.",
    list(prompts, "no prompts recorded"),
    "",
    "## Key decisions",
    "Not recorded by the autosave.",
    "",
    "## Active context",
    `- git: branch \`${git.branch || "(none)"}\`, commit \`${git.commit.slice(0, 12) || "(none)"}\`, ${git.dirty} uncommitted file(s)`,
    `- transcript: \`${transcriptPath}\``,
    "- commands run (last 15):",
    list(commands, "none").replace(/^/gm, "  "),
    ""
  ].join(`
`);
}

// src/hooks/_autosave.ts
async function autosaveHook(event) {
  await runHook(event, withRegistry(event === "SessionEnd" ? "end" : "heartbeat", async (input) => {
    if (!loadConfig().autosave) return {};
    let activity = activityOf(input.transcript_path);
    if (!didWork(activity) || activity.lastHandoff >= Math.max(activity.lastEdit, 0)) return {};
    let cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd(), { gitState, dirtyCount } = await import("./git-NNSQIQYF.js"), git = gitState(cwd), why = input.reason ?? input.trigger, text = renderAutosave(activity, { ...git, dirty: git.inRepo ? dirtyCount(git.root) : 0 }, why ? `${event} (${why})` : event, input.transcript_path ?? ""), { writeHandoff } = await import("./write-5B6QQGRK.js");
    return { systemMessage: `baton: autosaved this session's work to ${(await writeHandoff({ dir: handoffDir(), text, cwd, now: /* @__PURE__ */ new Date(), session: sessionOf(input), auto: !0, slug: "autosave", inspect: !1 })).path} (run /baton:handoff-write for a real handoff).` };
  }));
}

export {
  autosaveHook
};
