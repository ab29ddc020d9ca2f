import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  lockedUpdate
} from "./chunk-PE2KOFPH.js";
import "./chunk-E3V6Y3VB.js";
import {
  readUntrusted
} from "./chunk-XEMDHYH6.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-BQTT5JOV.js";
import "./chunk-FM4EAE7O.js";
import "./chunk-2KJWADXC.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import {
  redact,
  redactBytes
} from "./chunk-BGTANJT2.js";
import "./chunk-EGU3MAJP.js";

// src/io/handoff/scrub.ts
import { isUtf8 } from "node:buffer";
function locate(text, findings) {
  let line = 1, lineStart = 0, at = 0;
  return findings.map((f) => {
    for (; at < f.start; at++)
      text.charCodeAt(at) === 10 && (line++, lineStart = at + 1);
    return { kind: f.kind, line, column: f.start - lineStart + 1 };
  });
}
async function redactFileBytes(bytes) {
  if (isUtf8(bytes)) {
    let text = bytes.toString("utf8"), r = await redact(text);
    return { content: Buffer.from(r.text, "utf8"), text, findings: r.findings, counts: r.counts };
  }
  let { bytes: content, redaction } = await redactBytes(bytes);
  return { content, text: bytes.toString("latin1"), findings: redaction.findings, counts: redaction.counts };
}
async function scrubFile(file, options = {}) {
  let read = readUntrusted(file);
  if (!read)
    throw new BatonError("ENOENT", `${file} does not exist`, { file, hint: "give the path of an existing handoff file" });
  let first = await redactFileBytes(read.bytes), found = { file, findings: locate(first.text, first.findings), counts: first.counts, fixed: !1 };
  return !options.fix || first.findings.length === 0 ? found : lockedUpdate(
    file,
    async (current) => {
      if (current === void 0) return { result: { ...found, findings: [], counts: {} } };
      let now = await redactFileBytes(current), result = {
        file,
        findings: locate(now.text, now.findings),
        counts: now.counts,
        fixed: now.findings.length > 0
      };
      return now.findings.length > 0 ? { content: now.content, result } : { result };
    },
    options.env ? { env: options.env } : {}
  );
}
export {
  locate,
  scrubFile
};
