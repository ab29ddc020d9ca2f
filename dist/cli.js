#!/usr/bin/env node
import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError,
  usageError
} from "./chunks/chunk-YT5RMEHU.js";
import "./chunks/chunk-EGU3MAJP.js";

// src/cli/main.ts
var COMMANDS = {
  handoff: async () => (await import("./chunks/handoff-4FDLJT4I.js")).handoffCommand,
  memory: async () => (await import("./chunks/memory-ZIID7SPH.js")).memoryCommand,
  index: async () => (await import("./chunks/index-cmd-7CGYVVVQ.js")).indexCommand,
  "lock-write": async () => (await import("./chunks/lock-write-QSQ4GDWB.js")).lockWriteCommand,
  status: async () => (await import("./chunks/status-3RE2Q57U.js")).statusCommand,
  claim: async () => (await import("./chunks/claim-FJZO7IF6.js")).claimCommand,
  release: async () => (await import("./chunks/claim-FJZO7IF6.js")).releaseCommand
}, HELP = `baton: parallel-safe handoffs between Claude Code sessions

  baton handoff write  [--slug S] [--file F] [--dir D] [--session ID] [--json]
  baton handoff resume [--all] [--dir D] [--session ID] [--max-chars N] [--json]
  baton handoff list   [--all] [--consumed] [--dir D] [--json]
  baton handoff show   NAME|PATH
  baton handoff clean  [--days N] [--dry-run] [--dir D]
  baton handoff context [--session ID] [--json]   facts for writing a handoff
  baton memory path    [--project P]
  baton memory check   [FILE] [--max-lines 200] [--max-bytes 25000] [--json]
  baton memory split   [FILE] [--max-lines 200] [--max-bytes 25000] [--dry-run] [--json]
  baton memory ns      [--branch B]            print (and create) this branch's memory namespace
  baton memory merge   [--branch B] [--json]   merge a branch namespace back, loudly on conflicts
  baton index add      INDEX --entry TEXT [--key K]   locked upsert of one line
  baton lock-write     TARGET [--expect-sha256 H]     stdin to TARGET, under lock, atomically
  baton status         [--json] [--dir D]      live sessions, pending handoffs and MEMORY.md sizes
  baton claim          PATH [--session ID] [--json]   hold a shared file under $CLAUDE_HOME
  baton release        PATH [--session ID] [--force]  let go of it (--force: whoever holds it)

Exit codes: 0 ok, 1 error (explained on stderr), 2 usage error.
`;
async function runMain(argv, io) {
  let [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "--help" || name === "-h" || name === "help")
      return io.stdout(HELP), name === void 0 ? 2 : 0;
    if (name === "--version" || name === "-v")
      return io.stdout(`0.1.0
`), 0;
    let load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
    if (!load) throw usageError(`unknown command "${name}"`, "run `baton --help` for the list of commands");
    return await (await load())(rest, io);
  } catch (error) {
    return error instanceof BatonError ? (io.stderr(`baton: error: ${error.message}
`), error.hint && io.stderr(`baton: ${error.code === "EUSAGE" ? "" : "what to do: "}${error.hint}
`), error.code === "EUSAGE" ? 2 : 1) : (io.stderr(`baton: internal error (a bug, please report it): ${error?.stack ?? String(error)}
`), 1);
  }
}

// src/cli/io.ts
function processIo() {
  let readStdinBytes = async () => {
    let chunks = [];
    for await (let chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }, failed = !1;
  return process.stdout.on("error", () => failed = !0), process.stderr.on("error", () => {
  }), {
    readStdin: async () => (await readStdinBytes()).toString("utf8"),
    readStdinBytes,
    stdinIsTTY: !!process.stdin.isTTY,
    stdout: (t) => {
      process.stdout.write(t);
    },
    // A pipe's writes may be buffered in the process; this write's callback
    // runs only after every earlier write has been flushed.
    flush: () => new Promise((done) => process.stdout.write("", () => done())),
    deliver: (text) => new Promise((done) => failed ? done(!1) : process.stdout.write(text, (error) => done(!error && !failed))),
    stderr: (t) => {
      process.stderr.write(t);
    },
    stdoutIsTTY: !!process.stdout.isTTY,
    env: process.env,
    cwd: process.cwd(),
    // BATON_NOW pins the clock (ISO time), for reproducible runs and tests.
    now: () => process.env.BATON_NOW ? new Date(process.env.BATON_NOW) : /* @__PURE__ */ new Date()
  };
}

// src/cli/bin.ts
process.exitCode = await runMain(process.argv.slice(2), processIo());
