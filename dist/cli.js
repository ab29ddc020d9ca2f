#!/usr/bin/env node
import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError
} from "./chunks/chunk-YT5RMEHU.js";
import "./chunks/chunk-EGU3MAJP.js";

// src/cli/main.ts
async function run(argv, io) {
  return argv[0] === "--version" || argv[0] === "-v" ? (io.stdout(`0.1.0
`), 0) : (await import("./chunks/dispatch-PWSXZMTT.js")).dispatch(argv, io);
}
async function runMain(argv, io) {
  try {
    return await run(argv, io);
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
