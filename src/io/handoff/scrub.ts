/**
 * `baton redact FILE…`: finds credentials in files already on disk (handoffs
 * written before redaction existed, or by hand) and, with `fix`, rewrites each
 * file in place under its lock, atomically, with only the findings replaced.
 */
import {isUtf8} from 'node:buffer'
import {BatonError} from '../../core/errors.ts'
import type {Finding} from '../../core/redact/index.ts'
import {redact, redactBytes} from '../toolkit/redact.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'
import {lockedUpdate} from '../toolkit/locked-update.ts'

/** Where one credential sits: never the credential itself. */
export interface Located {
  kind: string
  /** 1-based line and column of its first character */
  line: number
  column: number
}

/** What {@link scrubFile} found in one file, and whether it rewrote it. */
export interface Scrubbed {
  file: string
  findings: Located[]
  counts: Record<string, number>
  fixed: boolean
}

/** 1-based line and column of each finding, from offsets in `text`. */
export function locate(text: string, findings: readonly Finding[]): Located[] {
  let line = 1
  let lineStart = 0
  let at = 0
  return findings.map((f) => {
    for (; at < f.start; at++) {
      if (text.charCodeAt(at) === 10) {
        line++
        lineStart = at + 1
      }
    }
    return {kind: f.kind, line, column: f.start - lineStart + 1}
  })
}

/** Redacts the bytes of a file: as text when they are UTF-8, byte for byte otherwise. */
async function redactFileBytes(
  bytes: Buffer
): Promise<{content: Buffer; text: string; findings: Finding[]; counts: Record<string, number>}> {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8')
    const r = await redact(text)
    return {content: Buffer.from(r.text, 'utf8'), text, findings: r.findings, counts: r.counts}
  }
  const {bytes: content, redaction} = await redactBytes(bytes)
  return {content, text: bytes.toString('latin1'), findings: redaction.findings, counts: redaction.counts}
}

/**
 * Scans `file` (a regular file only, never through a link) and reports its
 * findings. With `options.fix`, a file with findings is rewritten under its lock and
 * published atomically; the findings are computed again on the bytes read
 * under the lock, so a concurrent writer's change is never lost.
 *
 * @throws BatonError `ENOTREG`, `ETOOBIG` or a file-system error for a file that cannot be read
 */
export async function scrubFile(
  file: string,
  options: Readonly<{fix?: boolean; env?: Readonly<Record<string, string | undefined>>}> = {}
): Promise<Scrubbed> {
  const read = readUntrusted(file)
  if (!read)
    throw new BatonError('ENOENT', `${file} does not exist`, {file, hint: 'give the path of an existing handoff file'})
  const first = await redactFileBytes(read.bytes)
  const found = {file, findings: locate(first.text, first.findings), counts: first.counts, fixed: false}
  if (!options.fix || first.findings.length === 0) return found
  return lockedUpdate(
    file,
    async (current) => {
      if (current === undefined) return {result: {...found, findings: [], counts: {}}}
      const now = await redactFileBytes(current)
      const result = {
        file,
        findings: locate(now.text, now.findings),
        counts: now.counts,
        fixed: now.findings.length > 0
      }
      return now.findings.length > 0 ? {content: now.content, result} : {result}
    },
    options.env ? {env: options.env} : {}
  )
}
