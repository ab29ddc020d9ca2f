import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/transcript.ts
var EDIT_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
function promptText(content) {
  if (typeof content == "string") return content;
  if (!Array.isArray(content) || content.some((b) => b.type === "tool_result")) return;
  let text = content.filter((b) => b.type === "text").map((b) => b.text ?? "").join(`
`);
  return text === "" ? void 0 : text;
}
function isHandoffWrite(command) {
  return /\bhandoff\s+write\b/.test(command) && !/--auto\b/.test(command);
}
function readActivity(jsonl) {
  let activity = { files: [], edits: 0, commands: [], prompts: [], lastEdit: -1, lastHandoff: -1 }, seen = /* @__PURE__ */ new Set(), position = 0;
  for (let raw of jsonl.split(`
`)) {
    if (!raw.includes('"tool_use"') && !raw.includes('"user"')) continue;
    let line;
    try {
      line = JSON.parse(raw);
    } catch {
      continue;
    }
    let content = line.message?.content;
    if (line.type === "user" && !line.isMeta) {
      let text = promptText(content);
      text !== void 0 && !text.startsWith("<") && !text.startsWith("Caveat:") && activity.prompts.push(text.trim());
    }
    if (!(line.type !== "assistant" || !Array.isArray(content)))
      for (let block of content) {
        if (block.type !== "tool_use") continue;
        position++;
        let input = block.input ?? {};
        if (EDIT_TOOLS.has(block.name ?? "")) {
          activity.edits++, activity.lastEdit = position;
          let file = String(input.file_path ?? input.notebook_path ?? "");
          file !== "" && !seen.has(file) && (seen.add(file), activity.files.push(file));
        } else block.name === "Bash" && typeof input.command == "string" && (activity.commands.push(input.command), isHandoffWrite(input.command) && (activity.lastHandoff = position));
      }
  }
  return activity;
}
function needsHandoff(activity) {
  return activity.lastEdit > -1 && activity.lastHandoff < activity.lastEdit;
}
function didWork(activity) {
  return activity.edits > 0 || activity.commands.some((c) => !isHandoffWrite(c));
}

export {
  readActivity,
  needsHandoff,
  didWork
};
