/** The world a CLI run sees, passed in so tests can run `runMain` in process. */
export interface CliIo {
  /** reads all of stdin; only called when a command needs it */
  readStdin: () => Promise<string>
  /** reads all of stdin as bytes, for text that may not be valid UTF-8 (default: `readStdin`, encoded) */
  readStdinBytes?: () => Promise<Buffer>
  stdinIsTTY: boolean
  stdout: (text: string) => void
  /** resolves once everything written to stdout has been handed to the OS */
  flush: () => Promise<void>
  /**
   * Writes `text` to stdout and resolves true once all of it has been handed
   * to the OS, false when stdout failed first (EPIPE: the reader went away), in
   * which case any part of it may be lost. Without it, `stdout` then `flush`.
   */
  deliver?: (text: string) => Promise<boolean>
  stderr: (text: string) => void
  stdoutIsTTY: boolean
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  now: () => Date
}

/** The real process's io. */
export function processIo(): CliIo {
  const readStdinBytes = async (): Promise<Buffer> => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  // A reader that goes away (`baton … | head`) makes writes fail with EPIPE;
  // without a listener that is an uncaught error with a stack trace.
  let failed = false
  process.stdout.on('error', () => (failed = true))
  process.stderr.on('error', () => {})
  return {
    readStdin: async () => (await readStdinBytes()).toString('utf8'),
    readStdinBytes,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdout: (t) => void process.stdout.write(t),
    // A pipe's writes may be buffered in the process; this write's callback
    // runs only after every earlier write has been flushed.
    flush: () => new Promise((done) => process.stdout.write('', () => done())),
    deliver: (text) =>
      new Promise((done) => (failed ? done(false) : process.stdout.write(text, (error) => done(!error && !failed)))),
    stderr: (t) => void process.stderr.write(t),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // BATON_NOW pins the clock (ISO time), for reproducible runs and tests.
    now: () => (process.env.BATON_NOW ? new Date(process.env.BATON_NOW) : new Date())
  }
}
