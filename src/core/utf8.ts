/**
 * Strict UTF-8 for files Baton rewrites (`MEMORY.md`, index files, topic
 * files): a lenient decode turns each invalid byte into U+FFFD, and writing
 * the text back would replace the user's bytes for good. These files are
 * decoded strictly and refused, before anything changes, when they are not
 * valid UTF-8.
 */
import {BatonError} from './errors.ts'

/**
 * The offset of the first byte of `bytes` that is not part of valid UTF-8
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF),
 * or `undefined` when all of it is valid. A byte order mark is valid.
 */
export function invalidUtf8At(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
  if (!text.includes('\uFFFD')) return undefined
  // Valid UTF-8 re-encodes to itself, so the first difference is the first invalid byte.
  const back = new TextEncoder().encode(text)
  let i = 0
  while (i < bytes.length && i < back.length && bytes[i] === back[i]) i++
  return i < bytes.length || i < back.length ? i : undefined
}

/** 1-based line of byte `offset` in `bytes`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

/**
 * Decodes `bytes` (the content of `file`) as UTF-8, refusing invalid bytes.
 *
 * @param what the command's action, for the message (e.g. `split it`)
 * @throws BatonError `EENCODING` naming the first invalid byte, its offset and line
 */
export function decodeUtf8(bytes: Uint8Array, file: string, what: string): string {
  const at = invalidUtf8At(bytes)
  if (at === undefined) return new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
  const shown = Array.from(bytes.subarray(at, at + 4), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ')
  throw new BatonError(
    'EENCODING',
    `${file} is not valid UTF-8: byte offset ${at} (line ${lineAt(bytes, at)}) holds ${shown}. ` +
      `Baton will not ${what}, because that would replace those bytes; nothing was changed`,
    {
      file,
      hint:
        `look at it with: od -c -j ${at} -N 16 '${file}'. Fix or remove those bytes ` +
        '(or convert the file, e.g. iconv -f latin1 -t utf-8), then run the command again'
    }
  )
}
