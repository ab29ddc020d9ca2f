/**
 * Redaction for everything Baton saves or sends: `handoff write`, the
 * autosave, the legacy import, `baton redact`, and a future push to a remote.
 * secretlint and the rules are loaded only when there is text to scan.
 */
import type {Redaction} from '../../core/redact/apply.ts'

export type {Finding, Redaction} from '../../core/redact/apply.ts'

/**
 * Redacts `text` with secretlint's recommended rules and Baton's own:
 * `<private>` spans are removed, each credential becomes `[REDACTED:<kind>]`,
 * every other character stays.
 */
export async function redact(text: string): Promise<Redaction> {
  if (text.trim() === '') return {text, findings: [], counts: {}}
  return (await import('./secretlint.ts')).redactScanned(text)
}

/**
 * Redacts bytes that may not be valid UTF-8: the text is read as Latin-1 (one
 * character per byte), so every byte outside a finding is kept exactly.
 * Credentials are ASCII, which Latin-1 reads as it is.
 */
export async function redactBytes(bytes: Buffer): Promise<{bytes: Buffer; redaction: Redaction}> {
  const redaction = await redact(bytes.toString('latin1'))
  return {bytes: redaction.findings.length === 0 ? bytes : Buffer.from(redaction.text, 'latin1'), redaction}
}
