/**
 * secretlint's core with its recommended preset, run on a text in memory.
 * Imported on demand only, with Baton's own rules: in the hooks' bundle it is
 * a file of its own, `dist/hooks/lib/secretlint.cjs`, so a hook that writes
 * nothing never parses any of it.
 */
import {lintSource} from '@secretlint/core'
import {creator} from '@secretlint/secretlint-rule-preset-recommend'
// @secretlint/core's own dependency (pinned by it to the same version): its profiler calls
// performance.mark() for every rule of every run unless turned off.
import {secretLintProfiler} from '@secretlint/profiler'
import {redactWith} from '../../core/redact/redact.ts'
import type {Finding, Redaction} from '../../core/redact/apply.ts'

const PREFIX = '@secretlint/secretlint-rule-'
// Rule names for the kinds Baton's own rules also report, so one kind is counted once.
const KINDS: Readonly<Record<string, string>> = {
  privatekey: 'private-key',
  'database-connection-string': 'url-credentials',
  basicauth: 'url-credentials'
}

// A note is data: a `secretlint-disable` comment quoted in it must not switch detection off.
// The preset's comment filter cannot be disabled, so its directives are spelled
// differently (same length: every offset stays) in the text secretlint scans.
const unDirective = (text: string): string => text.replace(/secretlint-(?=disable|enable)/gi, 'secretlint_')

/** `text` redacted with secretlint's findings and Baton's rules (see `redactWith`). */
export async function redactScanned(text: string): Promise<Redaction> {
  return redactWith(text, await secretlintFindings(text))
}

/** What secretlint's recommended rules find in `text`, as findings named after each rule. */
export async function secretlintFindings(text: string): Promise<Finding[]> {
  secretLintProfiler.setEnabled(false)
  const result = await lintSource({
    source: {content: unDirective(text), filePath: 'handoff.md', ext: '.md', contentType: 'text'},
    options: {config: {rules: [{id: creator.meta.id, rule: creator}]}, noPhysicFilePath: true}
  })
  return result.messages.map((m) => {
    const name = m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId
    const kind = KINDS[name] ?? name
    return narrow({start: m.range[0], end: m.range[1], kind}, text, Object.values(m.data ?? {}))
  })
}

/**
 * Puts a finding on the secret itself. A rule that matches a whole assignment
 * (`AWS_SECRET_ACCESS_KEY=…`) names the value in its data, and may report the
 * range from where its pattern started: the value is looked up from the start
 * of that line. A connection string keeps its user and host (only the
 * password is hidden). A finding whose value cannot be placed keeps its range.
 */
function narrow(f: Finding, text: string, data: unknown[]): Finding {
  const from = text.lastIndexOf('\n', f.start - 1) + 1
  for (const value of data
    .filter((d): d is string => typeof d === 'string' && d.length >= 8)
    .sort((a, b) => b.length - a.length)) {
    const inside = text.slice(f.start, f.end).indexOf(value)
    const at = inside >= 0 ? f.start + inside : text.indexOf(value, from)
    if (at >= 0) {
      f = {...f, start: at, end: at + value.length}
      break
    }
  }
  if (f.kind !== 'url-credentials') return f
  // The password runs to the last `@` before the host: a password may hold an `@`.
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*:(?<v>[^\s/?#]+)@/dis.exec(text.slice(f.start, f.end))
  const at = m?.indices?.groups?.v
  return at ? {start: f.start + at[0], end: f.start + at[1], kind: f.kind} : f
}
