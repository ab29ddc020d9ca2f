import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/handoff/docs.ts
import { isUtf8 } from "node:buffer";

// src/core/frontmatter-lite.ts
var KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/, NESTED = /^ {2}([A-Za-z_][A-Za-z0-9_-]*): (.*)$/, PLAIN = /^[A-Za-z0-9/_.@+-][A-Za-z0-9/_.@+ :-]*$/, SHA = /^[0-9a-f]{7,64}$/, FLOATISH = /^\d+(?:[eE][-+]?\d+)?$/, SPECIAL = /^(?:y|n|yes|no|on|off|null|~|true|false|\.inf|\.nan)$/i, ITEM = /^ {2}- (.*)$/, HANDOFF_NAME = /^\d{4}-\d{2}-\d{2}_\d{6}_[a-z0-9][a-z0-9-]*(?:_done(?:-\d+)?)?\.md$/;
function scalar(text) {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) return;
    let inner = text.slice(1, -1);
    return /'(?!')/.test(inner.replace(/''/g, "")) ? void 0 : inner.replace(/''/g, "'");
  }
  if (text.startsWith('"')) {
    let inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : void 0;
  }
  if (text === "true") return !0;
  if (text === "false") return !1;
  if (/^(?:0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  if (HANDOFF_NAME.test(text)) return text;
  if (!(!PLAIN.test(text) || SPECIAL.test(text) || text.includes(": ") || text.endsWith(":")) && !(/^[\d.+-]/.test(text) && !(SHA.test(text) && !FLOATISH.test(text))))
    return text;
}
function split(raw) {
  if (!raw.startsWith(`---
`)) return;
  let close = raw.indexOf(`
---`, 3);
  if (close === -1) return;
  let after = raw.slice(close + 4);
  if (!(after !== "" && !after.startsWith(`
`)))
    return { head: raw.slice(4, close).split(`
`), body: after.replace(/^\n/, "").replace(/^\r?\n/, ""), close };
}
function parseLite(raw) {
  if (raw.includes("\r")) return;
  let parts = split(raw);
  if (!parts) return;
  let meta = {}, map, list, open;
  for (let line of parts.head) {
    let item = ITEM.exec(line);
    if (item && open !== void 0 && (list || map && Object.keys(map).length === 0)) {
      let v2 = scalar(item[1]);
      if (v2 === void 0) return;
      list || (meta[open] = list = []), map = void 0, list.push(v2);
      continue;
    }
    let nested = NESTED.exec(line);
    if (nested && map && !list) {
      let v2 = scalar(nested[2]);
      if (v2 === void 0) return;
      map[nested[1]] = v2;
      continue;
    }
    let m = KEY.exec(line);
    if (!m || Object.hasOwn(meta, m[1])) return;
    if (list = void 0, open = void 0, m[2] === void 0 || m[2] === "") {
      map = {}, meta[m[1]] = map, open = m[1];
      continue;
    }
    map = void 0;
    let v = scalar(m[2]);
    if (v === void 0) return;
    meta[m[1]] = v;
  }
  return { meta, body: parts.body };
}
var quote = (s) => `'${s.replace(/'/g, "''")}'`;
function markConsumedLite(raw, at, by) {
  let doc = parseLite(raw), parts = split(raw);
  if (!(!doc || !parts || doc.meta.consumed !== void 0))
    return `${raw.slice(0, parts.close)}
consumed:
  at: ${quote(at)}
  by: ${quote(by)}${raw.slice(parts.close)}`;
}

// src/io/handoff/docs.ts
var full, loadFull = async () => full ??= await import("./frontmatter-U2W4Q54S.js");
async function parseDoc(raw) {
  return parseLite(raw) ?? (await loadFull()).parseHandoff(raw);
}
async function consumeDoc(raw, at, by) {
  return markConsumedLite(raw, at, by) ?? (await loadFull()).markConsumed(raw, at, by);
}
async function consumeBytes(bytes, at, by) {
  if (isUtf8(bytes)) return Buffer.from(await consumeDoc(bytes.toString("utf8"), at, by), "utf8");
  let ascii = /^[\x20-\x7e]*$/, marked = ascii.test(at) && ascii.test(by) ? markConsumedLite(bytes.toString("latin1"), at, by) : void 0;
  return marked === void 0 ? bytes : Buffer.from(marked, "latin1");
}

export {
  parseDoc,
  consumeBytes
};
