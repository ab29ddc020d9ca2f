import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_child_process
} from "./chunk-2TFEABJ7.js";
import {
  gitState
} from "./chunk-PNZXFP77.js";
import {
  readUntrusted
} from "./chunk-XEMDHYH6.js";
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import {
  claudeHome
} from "./chunk-2KJWADXC.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/cli/commands/context.ts
var import_node_child_process = __toESM(require_child_process(), 1);

// src/io/session/transcripts.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function findTranscript(session, env = process.env) {
  if (!/^[A-Za-z0-9_-]+$/.test(session)) return;
  let projects = (0, import_node_path.join)(claudeHome(env), "projects");
  for (let dir of namesIn(projects)) {
    let path = (0, import_node_path.join)(projects, dir, `${session}.jsonl`);
    if ((0, import_node_fs.existsSync)(path)) return path;
  }
}
var TRANSCRIPT_TAIL = 4 * 1024 * 1024;
function readTranscript(path, from = 0, options = {}) {
  if (!path) return { text: "", next: from };
  let file;
  try {
    file = readUntrusted(path, { from, maxBytes: options.maxBytes ?? TRANSCRIPT_TAIL, over: "tail" });
  } catch {
    file = void 0;
  }
  if (!file) return { text: "", next: from };
  let { bytes, start } = file, cut = start > 0 && start !== from ? bytes.indexOf(10) + 1 : 0, end = bytes.lastIndexOf(10) + 1, stop = options.partial ? bytes.length : end;
  return { text: cut <= stop ? bytes.subarray(cut, stop).toString("utf8") : "", next: start + Math.max(end, cut) };
}

// src/core/transcript.ts
var EDIT_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]), MAX_WAITING = 64;
function promptText(content) {
  if (typeof content == "string") return content;
  if (!Array.isArray(content) || content.some((b) => b.type === "tool_result")) return;
  let text = content.filter((b) => b.type === "text").map((b) => b.text ?? "").join(`
`);
  return text === "" ? void 0 : text;
}
var RESULT_ID = /"tool_use_id"\s*:\s*"([^"\\]+)"/g, IS_ERROR = /"is_error"\s*:\s*true/;
function settled(raw, waiting) {
  let ids = [...raw.matchAll(RESULT_ID)].map((m) => m[1] ?? ""), ours = ids.filter((id) => waiting.has(id));
  if (ours.length === 0) return [];
  if (!IS_ERROR.test(raw)) return ours.map((id) => ({ id, failed: !1 }));
  if (ids.length === 1) return ours.map((id) => ({ id, failed: !0 }));
  let failed;
  try {
    let content = JSON.parse(raw).message?.content, blocks = Array.isArray(content) ? content : [];
    failed = new Set(blocks.filter((b) => b.is_error === !0).map((b) => String(b.tool_use_id)));
  } catch {
    failed = new Set(ours);
  }
  return ours.map((id) => ({ id, failed: failed.has(id) }));
}
function isPrompt(line, text) {
  return line.isMeta !== !0 && line.isCompactSummary !== !0 && !text.startsWith("<") && !text.startsWith("Caveat:");
}
function readActivity(jsonl, before = []) {
  let activity = { files: [], edits: 0, commands: [], prompts: [], waiting: [] }, seen = /* @__PURE__ */ new Set(), waiting = new Map(
    before.map((e) => [e.id, { file: e.file, at: e.at }])
  );
  for (let raw of jsonl.split(`
`)) {
    if (raw.includes('"tool_result"')) {
      if (waiting.size === 0) continue;
      for (let { id, failed } of settled(raw, waiting)) {
        let edit = waiting.get(id);
        waiting.delete(id), !failed && (activity.edits++, activity.lastEditAt = edit.at, edit.file !== "" && !seen.has(edit.file) && (seen.add(edit.file), activity.files.push(edit.file)));
      }
      continue;
    }
    if (!raw.includes('"tool_use"') && !raw.includes('"user"')) continue;
    let line;
    try {
      line = JSON.parse(raw);
    } catch {
      continue;
    }
    let content = line.message?.content;
    if (line.type === "user") {
      let text = promptText(content);
      text !== void 0 && isPrompt(line, text) && activity.prompts.push(text.trim());
    }
    if (line.type !== "assistant" || !Array.isArray(content)) continue;
    let at = typeof line.timestamp == "string" ? line.timestamp : void 0;
    for (let block of content) {
      if (block.type !== "tool_use") continue;
      let input = block.input ?? {};
      EDIT_TOOLS.has(block.name ?? "") ? waiting.set(String(block.id ?? ""), { file: String(input.file_path ?? input.notebook_path ?? ""), at }) : block.name === "Bash" && typeof input.command == "string" && (activity.commands.push(input.command), activity.lastCommandAt = at);
    }
  }
  return activity.waiting = [...waiting].slice(-MAX_WAITING).map(([id, e]) => ({ id, file: e.file, at: e.at })), activity;
}

// src/cli/commands/context.ts
var git = (cwd, ...args) => {
  let r = (0, import_node_child_process.spawnSync)("git", args, { cwd, encoding: "utf8", timeout: 5e3 });
  return r.status === 0 ? r.stdout.trimEnd() : "";
};
function contextCommand({ values }, io) {
  let session = values.session ?? io.env.BATON_SESSION_ID ?? "", state = gitState(io.cwd), transcript = session ? findTranscript(session, io.env) : void 0, activity = readActivity(readTranscript(transcript, 0, { partial: !0 }).text), facts = {
    project: state.root,
    branch: state.branch,
    commit: state.commit,
    status: state.inRepo ? git(state.root, "status", "--short") : "",
    recentCommits: state.inRepo ? git(state.root, "log", "--oneline", "-8") : "",
    session,
    transcript: transcript ?? null,
    filesEdited: activity.files,
    commandsRun: activity.commands.slice(-20)
  };
  if (values.json)
    return io.stdout(`${JSON.stringify(facts, null, 2)}
`), 0;
  let block = (title, text) => `### ${title}
${text.trim() === "" ? "(none)" : text.trimEnd()}

`;
  return io.stdout(
    block(
      "Project",
      `${facts.project}` + (state.inRepo ? ` on branch ${facts.branch || "(detached)"} at ${facts.commit.slice(0, 12) || "(no commits)"}` : " (not a git repository)")
    ) + block("Uncommitted files (git status --short)", facts.status) + block("Recent commits", facts.recentCommits) + block(
      `Files this session edited${transcript ? "" : " (transcript not found)"}`,
      facts.filesEdited.map((f) => `- ${f}`).join(`
`)
    ) + block(
      "Commands this session ran (last 20)",
      facts.commandsRun.map((c) => `- \`${c.replace(/\s+/g, " ").slice(0, 200)}\``).join(`
`)
    )
  ), 0;
}
export {
  contextCommand
};
