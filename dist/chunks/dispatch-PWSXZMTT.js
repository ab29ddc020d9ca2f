import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  nearest,
  parseCommand
} from "./chunk-SPQTLREL.js";
import {
  BatonError,
  usageError
} from "./chunk-YT5RMEHU.js";
import "./chunk-EGU3MAJP.js";

// src/cli/table.ts
var json = { type: "boolean", about: "print JSON (a stable shape) instead of text" }, dir = { type: "string", value: "D", about: "the handoff directory (default: ~/.claude/handoffs)" }, all = { type: "boolean", about: "every project's handoffs, not only this one's" }, session = {
  type: "string",
  value: "ID",
  about: "the session id (default: $BATON_SESSION_ID, else $CLAUDE_CODE_SESSION_ID)"
}, project = { type: "string", value: "P", about: "the project whose MEMORY.md to use (default: .)" }, maxLines = { type: "string", value: "200", about: "the line limit (default 200, as Claude Code)" }, maxBytes = { type: "string", value: "25000", about: "the character limit (default 25000, as Claude Code)" }, branch = { type: "string", value: "B", about: "the branch (default: the current git branch)" }, memoryFile = { name: "FILE", about: "the MEMORY.md to work on (default: the project's)", optional: !0 }, GROUPS = {
  handoff: "write, resume, list, show, search and clean handoff notes",
  memory: "keep MEMORY.md within the limits Claude Code reads, and per-branch namespaces",
  index: "locked edits of a shared index file",
  sync: "share handoffs across machines through a private git remote"
}, COMMANDS = {
  "handoff write": {
    summary: "save a handoff note (markdown from --file or stdin) and print its path",
    options: {
      slug: { type: "string", value: "S", about: 'the name in the file name (default: the git branch, else "session")' },
      file: { type: "string", value: "F", about: "read the note from F instead of stdin" },
      dir,
      session,
      json,
      auto: { type: "boolean", about: "mark it as an autosave: it replaces this session's pending autosave" },
      to: {
        type: "string",
        value: "WHO",
        about: 'who it is for: me (default: my sessions only), anyone, or a person (an email or a name from "people")'
      }
    }
  },
  "handoff resume": {
    summary: "claim this project's pending handoffs and print them, oldest first (--peek: without claiming)",
    options: {
      all,
      dir,
      session,
      "max-chars": { type: "string", value: "N", about: "the output budget in characters (default 40000, min 1000)" },
      json,
      peek: { type: "boolean", about: "show the pending handoffs without claiming them: nothing is renamed" },
      worktree: {
        type: "string",
        value: "W",
        about: "also take the notes of another live worktree of this repository: its path or branch, or 'all'"
      },
      received: {
        type: "boolean",
        about: "also show, marked already-received, the handoffs this session (--session) claimed earlier"
      }
    }
  },
  "handoff list": {
    summary: "list pending handoffs without claiming them",
    options: {
      all,
      consumed: { type: "boolean", about: "consumed handoffs too" },
      dir,
      json
    }
  },
  "handoff sent": {
    summary: "the notes I wrote (on any of my machines), for whom, and whether they were picked up (by whom, where, when)",
    options: { dir, json }
  },
  "handoff show": {
    summary: "print one handoff, pending or consumed, front matter included",
    args: [{ name: "NAME|PATH", about: "a file name in the handoff directory, or a path" }],
    options: { dir }
  },
  "handoff clean": {
    summary: "delete old consumed handoffs and put interrupted claims back (never a pending one)",
    options: {
      days: { type: "string", value: "N", about: "keep consumed handoffs this many days (default: keepDays, 7)" },
      "dry-run": { type: "boolean", about: "say what would be deleted, delete nothing" },
      dir,
      json
    }
  },
  "handoff search": {
    summary: 'search pending, consumed and deleted handoffs (words, "quoted phrases"), newest first; claims nothing',
    args: [{ name: "QUERY\u2026", about: 'words and "quoted phrases", matched as whole words, any case', variadic: !0 }],
    options: {
      all,
      section: { type: "string", value: "NAME", about: 'search only this section, e.g. "Key decisions"' },
      branch: { type: "string", value: "B", about: "only handoffs written on branch B" },
      since: { type: "string", value: "DATE", about: "only handoffs written since DATE (YYYY-MM-DD, ISO time, or Nd)" },
      limit: { type: "string", value: "N", about: "show at most N handoffs (default 10)" },
      fenced: { type: "boolean", about: "print the hits fenced as data for a model (<handoffs> blocks)" },
      dir,
      json
    }
  },
  "handoff log": {
    summary: "a handoff's lineage: the notes it continues (ancestors) and those that continue it",
    args: [{ name: "NAME", about: "a handoff file name (pending, consumed or deleted)" }],
    options: { dir, json }
  },
  "handoff context": {
    summary: "facts for writing a handoff: git state and what this session edited and ran",
    options: { session, json }
  },
  "memory path": {
    summary: "print the project's auto-memory MEMORY.md path",
    options: { project, json }
  },
  "memory check": {
    summary: "MEMORY.md's lines and characters against the limits, counted as Claude Code counts them; names the lines Claude Code cannot see (exit 1 when there are any)",
    args: [memoryFile],
    options: {
      "max-lines": maxLines,
      "max-bytes": maxBytes,
      json,
      project,
      "exit-zero": { type: "boolean", about: "exit 0 even when lines are invisible (a slash command's ! line needs it)" }
    }
  },
  "memory split": {
    summary: "split MEMORY.md into a lean index and topic files: lossless, locked, backed up first",
    args: [memoryFile],
    options: {
      "max-lines": maxLines,
      "max-bytes": maxBytes,
      "dry-run": { type: "boolean", about: "print the plan, change nothing" },
      json,
      project
    }
  },
  "memory ns": {
    summary: "print (and create) this branch's memory namespace",
    options: { branch, project, json }
  },
  "memory merge": {
    summary: "merge a branch's memory namespace back, keeping both sides of a conflict",
    options: { branch, project, json }
  },
  "index add": {
    summary: "add or replace one line of a shared index file, under its lock, atomically",
    args: [{ name: "INDEX", about: "the index file" }],
    options: {
      entry: { type: "string", value: "TEXT", required: !0, dashValue: !0, about: "the line to add" },
      key: {
        type: "string",
        value: "K",
        dashValue: !0,
        about: "the key of the line to replace (default: the entry's first link target)"
      },
      json
    }
  },
  "lock-write": {
    summary: "write stdin to TARGET byte for byte, under its lock, atomically",
    args: [{ name: "TARGET", about: "the file to write" }],
    options: {
      "expect-sha256": { type: "string", value: "H", about: "refuse unless TARGET has this SHA-256 (64 hex digits)" },
      json
    }
  },
  status: {
    summary: "live sessions, pending handoffs and MEMORY.md sizes at a glance",
    options: { json, dir }
  },
  claim: {
    summary: "hold a shared file under $CLAUDE_HOME: other sessions' edits to it are denied",
    args: [{ name: "PATH", about: "the shared file" }],
    options: { session, json }
  },
  release: {
    summary: "let go of a claimed file",
    args: [{ name: "PATH", about: "the claimed file" }],
    options: {
      session,
      force: { type: "boolean", about: "release it whoever holds it" },
      json
    }
  },
  redact: {
    summary: "find credentials in saved files (handoffs); --fix redacts them in place, locked and atomic",
    args: [{ name: "FILE\u2026", about: "the files to scan, e.g. ~/.claude/handoffs/*.md", variadic: !0 }],
    options: {
      fix: { type: "boolean", about: "rewrite each file with its credentials replaced by [REDACTED:<kind>]" },
      json
    }
  },
  sync: {
    summary: "pull and push handoffs with the remote set by `baton sync init` (also: sync init, sync status)",
    options: {
      dir,
      json,
      background: { type: "boolean", about: "as the hooks run it: quiet, and done at once if a sync is running" }
    }
  },
  "sync init": {
    summary: "make the handoff directory a working copy of REMOTE (a private repository)",
    args: [{ name: "REMOTE", about: "e.g. git@github.com:you/handoffs.git, or a path to a bare repository" }],
    options: {
      dir,
      json,
      as: { type: "string", value: "ID", about: "who you are on this machine (default: git's user.email)" }
    }
  },
  "sync status": {
    summary: "the remote, the last sync, ahead/behind, and pending notes per project and machine",
    options: { dir, json }
  }
};

// src/cli/help.ts
var EXIT_CODES = "Exit codes: 0 ok, 1 error (explained on stderr), 2 usage error.", spec = (name) => COMMANDS[name], names = () => Object.keys(COMMANDS), optionUsage = (name, o) => {
  let text = `--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
  return o.required ? text : `[${text}]`;
};
function argsUsage(name) {
  let s = spec(name);
  return [
    ...(s.args ?? []).map((a) => a.optional ? `[${a.name}]` : a.name),
    ...Object.entries(s.options).map(([option, o]) => optionUsage(option, o))
  ].join(" ");
}
function usageLine(name) {
  return `baton ${name} ${argsUsage(name)}`.trimEnd();
}
function groupUsage(group) {
  return `baton ${group} ${subcommands(group).join("|")}`;
}
function subcommands(group) {
  return names().filter((n) => n.startsWith(`${group} `)).map((n) => n.slice(group.length + 1));
}
function topNames() {
  return [...new Set(names().map((n) => n.split(" ")[0]))];
}
var listed = (name) => `  baton ${name.padEnd(14)} ${argsUsage(name)}`.trimEnd() + `
      ${spec(name).summary}
`;
function topHelp() {
  return `baton: parallel-safe handoffs between Claude Code sessions

` + names().map(listed).join("") + `
Run \`baton COMMAND --help\` (e.g. \`baton handoff write --help\`) for what each option does.
Other flags: --version (-v) prints the version, --help (-h) this help.
${EXIT_CODES}
`;
}
function groupHelp(group) {
  return `baton ${group}: ${GROUPS[group]}

` + subcommands(group).map((sub) => listed(`${group} ${sub}`)).join("") + `
Run \`baton ${group} COMMAND --help\` for what each option does.
${EXIT_CODES}
`;
}
var rows = (items, width) => items.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join(`
`);
function commandHelp(name) {
  let s = spec(name), args = (s.args ?? []).map((a) => [a.name, a.about]), options = Object.entries(s.options).map(([option, o]) => [
    `--${option}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`,
    `${o.about}${o.required ? " (required)" : ""}`
  ]);
  options.push(["-h, --help", "print this help"]);
  let width = Math.max(...[...args, ...options].map(([left]) => left.length)) + 2;
  return `baton ${name}: ${s.summary}

usage: ${usageLine(name)}
` + (args.length ? `
Arguments:
${rows(args, width)}
` : "") + `
Options:
${rows(options, width)}

${EXIT_CODES}
`;
}

// src/cli/dispatch.ts
var HANDLERS = {
  "handoff write": async () => (await import("./handoff-Q2OQRBP6.js")).write,
  "handoff resume": async () => (await import("./handoff-Q2OQRBP6.js")).resume,
  "handoff list": async () => (await import("./handoff-Q2OQRBP6.js")).list,
  "handoff sent": async () => (await import("./sent-FJQH44QP.js")).sent,
  "handoff show": async () => (await import("./handoff-Q2OQRBP6.js")).show,
  "handoff clean": async () => (await import("./handoff-Q2OQRBP6.js")).clean,
  "handoff search": async () => (await import("./search-JO5GMHMG.js")).search,
  "handoff log": async () => (await import("./search-JO5GMHMG.js")).log,
  "handoff context": async () => (await import("./context-QJPDUBE5.js")).contextCommand,
  "memory path": async () => (await import("./memory-PJQOO35Y.js")).path,
  "memory check": async () => (await import("./memory-PJQOO35Y.js")).check,
  "memory split": async () => (await import("./memory-PJQOO35Y.js")).split,
  "memory ns": async () => (await import("./_memory-ns-DNH3C6QN.js")).ns,
  "memory merge": async () => (await import("./_memory-ns-DNH3C6QN.js")).merge,
  "index add": async () => (await import("./index-cmd-G5O7W6LQ.js")).indexAdd,
  "lock-write": async () => (await import("./lock-write-B5PUNZNK.js")).lockWriteCommand,
  status: async () => (await import("./status-OFIDWM6U.js")).statusCommand,
  claim: async () => (await import("./claim-CQAJ3TQT.js")).claimCommand,
  release: async () => (await import("./claim-CQAJ3TQT.js")).releaseCommand,
  redact: async () => (await import("./redact-I7V4PP3C.js")).redactCommand,
  sync: async () => (await import("./sync-2IOZKOKJ.js")).syncCommand,
  "sync init": async () => (await import("./sync-2IOZKOKJ.js")).syncInit,
  "sync status": async () => (await import("./sync-2IOZKOKJ.js")).syncStatusCommand
}, isHelp = (arg) => arg === "--help" || arg === "-h", isGroup = (name) => Object.hasOwn(GROUPS, name), isCommand = (name) => Object.hasOwn(COMMANDS, name), didYouMean = (input, candidates, prefix = "") => {
  let near = nearest(input, candidates);
  return near === void 0 ? "" : `; did you mean \`${prefix}${near}\`?`;
};
function resolveCommand(argv) {
  let [first = "", second, ...more] = argv, sub = `${first} ${second ?? ""}`;
  if (isGroup(first) && isCommand(sub)) return { name: sub, rest: more };
  if (isCommand(first)) return { name: first, rest: argv.slice(1) };
  if (!isGroup(first)) {
    let message = `unknown command "${first}"${didYouMean(first, topNames())}`;
    throw usageError(message, "run `baton --help` for the list of commands");
  }
  if (isHelp(second)) return { help: groupHelp(first) };
  let name = `${first} ${second ?? ""}`;
  if (second !== void 0 && isCommand(name)) return { name, rest: more };
  let usage = `usage: ${groupUsage(first)}`;
  throw second === void 0 ? usageError(`missing ${first} command`, usage) : usageError(`unknown command "${name}"${didYouMean(second, subcommands(first), `${first} `)}`, usage);
}
function helpOf(name) {
  return isGroup(name) ? `${commandHelp(name)}
${groupHelp(name)}` : commandHelp(name);
}
function helpFor(path) {
  if (path.length === 0 || isHelp(path[0])) return topHelp();
  let found = resolveCommand([...path, ...path.length === 1 && isGroup(path[0]) ? ["--help"] : []]);
  return "help" in found ? found.help : helpOf(found.name);
}
async function dispatch(argv, io) {
  let [name, ...rest] = argv;
  if (name === void 0 || isHelp(name))
    return io.stdout(topHelp()), name === void 0 ? 2 : 0;
  if (name === "help")
    return io.stdout(helpFor(rest)), 0;
  let found = resolveCommand(argv);
  if ("help" in found)
    return io.stdout(found.help), 0;
  let usage = usageLine(found.name), args = parseCommand(found.rest, COMMANDS[found.name], usage);
  if (args.help)
    return io.stdout(helpOf(found.name)), 0;
  let handler = await HANDLERS[found.name]();
  try {
    return await handler(args, io);
  } catch (error) {
    throw !(error instanceof BatonError) || error.code !== "EUSAGE" || error.hint ? error : usageError(error.message, `usage: ${usage}`);
  }
}
export {
  dispatch
};
