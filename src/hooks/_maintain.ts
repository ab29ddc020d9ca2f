/**
 * Housekeeping at SessionStart, kept cheap: a retention clean at most once a
 * day. (Interrupted claims are put back by resume itself, before it claims.)
 */
import {mkdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Config} from '../core/config.ts'
import {batonDir, claudeHome} from '../io/paths.ts'

const DAY = 86_400_000

/** Runs maintenance; returns lines worth telling the user. */
export async function maintain(context: {dir: string; config: Config}): Promise<string[]> {
  const marker = join(batonDir(), 'last-clean')
  let due = true
  try {
    due = Date.now() - statSync(marker).mtimeMs > DAY
  } catch {
    // never cleaned
  }
  if (!due) return []
  const {cleanHandoffs} = await import('../io/handoff/clean.ts')
  mkdirSync(batonDir(), {recursive: true, mode: 0o700})
  writeFileSync(marker, new Date().toISOString())
  const restored = cleanHandoffs(context.dir, new Date(), {days: context.config.keepDays, home: claudeHome()}).restored.length
  return restored ? [`baton: put ${restored} interrupted claim(s) back as pending.`] : []
}
