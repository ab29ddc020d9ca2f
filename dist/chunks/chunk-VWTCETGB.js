import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError
} from "./chunk-YT5RMEHU.js";

// src/core/utf8.ts
function invalidUtf8At(bytes) {
  let text = new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(bytes);
  if (!text.includes("\uFFFD")) return;
  let back = new TextEncoder().encode(text), i = 0;
  for (; i < bytes.length && i < back.length && bytes[i] === back[i]; ) i++;
  return i < bytes.length || i < back.length ? i : void 0;
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) bytes[i] === 10 && line++;
  return line;
}
function decodeUtf8(bytes, file, what) {
  let at = invalidUtf8At(bytes);
  if (at === void 0) return new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(bytes);
  let shown = Array.from(bytes.subarray(at, at + 4), (b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
  throw new BatonError(
    "EENCODING",
    `${file} is not valid UTF-8: byte offset ${at} (line ${lineAt(bytes, at)}) holds ${shown}. Baton will not ${what}, because that would replace those bytes; nothing was changed`,
    {
      file,
      hint: `look at it with: od -c -j ${at} -N 16 '${file}'. Fix or remove those bytes (or convert the file, e.g. iconv -f latin1 -t utf-8), then run the command again`
    }
  );
}

export {
  decodeUtf8
};
