import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  parse
} from "./chunk-7FNDYRDP.js";
import {
  gitState
} from "./chunk-XLV472GU.js";
import "./chunk-WWZ3NXII.js";
import {
  readActivity
} from "./chunk-JICRXR7E.js";
import "./chunk-YT5RMEHU.js";
import {
  claudeHome
} from "./chunk-VVQSPBSI.js";
import "./chunk-EGU3MAJP.js";

// src/cli/commands/context.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// src/io/transcripts.ts
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
function findTranscript(session, env = process.env) {
  if (!/^[A-Za-z0-9_-]+$/.test(session)) return;
  let projects = join(claudeHome(env), "projects"), dirs;
  try {
    dirs = readdirSync(projects);
  } catch {
    return;
  }
  for (let dir of dirs) {
    let path = join(projects, dir, `${session}.jsonl`);
    if (existsSync(path)) return path;
  }
}

// src/cli/commands/context.ts
var git = (cwd, ...args) => {
  let r = spawnSync("git", args, { cwd, encoding: "utf8", timeout: 5e3 });
  return r.status === 0 ? r.stdout.trimEnd() : "";
};
function contextCommand(argv, io) {
  let { values } = parse(argv, { session: { type: "string" }, json: { type: "boolean" } }, "baton handoff context [--session ID] [--json]"), session = values.session ?? io.env.BATON_SESSION_ID ?? "", state = gitState(io.cwd), transcript = session ? findTranscript(session, io.env) : void 0, activity = readActivity("");
  try {
    transcript && (activity = readActivity(readFileSync(transcript, "utf8")));
  } catch {
  }
  let facts = {
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
    block("Project", `${facts.project}${state.inRepo ? ` on branch ${facts.branch || "(detached)"} at ${facts.commit.slice(0, 12) || "(no commits)"}` : " (not a git repository)"}`) + block("Uncommitted files (git status --short)", facts.status) + block("Recent commits", facts.recentCommits) + block(`Files this session edited${transcript ? "" : " (transcript not found)"}`, facts.filesEdited.map((f) => `- ${f}`).join(`
`)) + block("Commands this session ran (last 20)", facts.commandsRun.map((c) => `- \`${c.replace(/\s+/g, " ").slice(0, 200)}\``).join(`
`))
  ), 0;
}
export {
  contextCommand
};
