import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/hooks/_run.ts
async function readStdin() {
  if (process.stdin.isTTY) return "";
  let chunks = [];
  for await (let chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function runHook(name, work) {
  let output, after;
  try {
    let raw = await readStdin(), input = raw.trim() === "" ? {} : JSON.parse(raw), result = await work(input);
    result && typeof result == "object" && "after" in result && typeof result.after == "function" ? (output = result.output, after = result.after) : output = result;
  } catch (error) {
    let e = error;
    output = { systemMessage: `baton: the ${name} hook failed and was skipped (your session is fine): ${e.message ?? String(error)}${e.hint ? `. ${e.hint}` : ""}` };
  }
  process.stdout.write(JSON.stringify(output ?? {}));
  try {
    after?.();
  } catch {
  }
  process.exitCode = 0;
}
function sessionOf(input) {
  return String(input.session_id ?? process.env.CLAUDE_CODE_SESSION_ID ?? "").replace(/[^A-Za-z0-9_-]/g, "");
}

export {
  runHook,
  sessionOf
};
