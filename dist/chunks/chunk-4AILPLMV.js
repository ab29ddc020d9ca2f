import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  sessionOf
} from "./chunk-QT63ME4X.js";

// src/hooks/_registry.ts
async function step(kind, input) {
  let session = sessionOf(input);
  if (!session) return;
  let { sessionsDir, touchEntry, removeEntry } = await import("./registry-JWVPRLCN.js"), dir = sessionsDir(), now = /* @__PURE__ */ new Date(), cwd = input.cwd || process.env.CLAUDE_PROJECT_DIR || process.cwd();
  if (kind === "end") return removeEntry(dir, session);
  if (kind === "heartbeat" && touchEntry(dir, session, now)) return;
  let { registerSession } = await import("./sessions-WE7SSSBC.js");
  registerSession({ dir, session, cwd, now });
}
function withNote(output, note) {
  let prior = typeof output?.systemMessage == "string" ? `${output.systemMessage}
` : "";
  return { ...output, systemMessage: prior + note };
}
function withRegistry(kind, work) {
  return async (input) => {
    let result = await work(input);
    try {
      return await step(kind, input), result;
    } catch (error) {
      let note = `baton: the session registry could not be updated (${error.message}); \`baton status\` may miss this session.`;
      return result && typeof result == "object" && "after" in result && typeof result.after == "function" ? { ...result, output: withNote(result.output, note) } : withNote(result, note);
    }
  };
}

export {
  withRegistry
};
