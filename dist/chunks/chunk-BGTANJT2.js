import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/toolkit/redact.ts
async function redact(text) {
  return text.trim() === "" ? { text, findings: [], counts: {} } : (await import("./secretlint-RQDIQSUM.js")).redactScanned(text);
}
async function redactBytes(bytes) {
  let redaction = await redact(bytes.toString("latin1"));
  return { bytes: redaction.findings.length === 0 ? bytes : Buffer.from(redaction.text, "latin1"), redaction };
}

export {
  redact,
  redactBytes
};
