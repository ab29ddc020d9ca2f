/**
 * Housekeeping at SessionStart, kept cheap: a retention clean at most once a
 * day. (Interrupted claims are put back by resume itself, before it claims.)
 */
import {mkdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {batonDir, claudeHome} from '../io/paths.ts'
import type {Notice} from '../core/notices.ts'
import type {HookContext} from './_context.ts'

const DAY = 86_400_000

/** Runs maintenance on the handoffs in `dir`; returns what is worth telling the user. */
export async function maintain(context: HookContext, dir: string): Promise<Notice[]> {
  const marker = join(batonDir(context.env), 'last-clean')
  const now = context.now()
  let due = true
  try {
    due = now.getTime() - statSync(marker).mtimeMs > DAY
  } catch {
    // never cleaned
  }
  if (!due) return []
  const {cleanHandoffs} = await import('../io/handoff/clean.ts')
  mkdirSync(batonDir(context.env), {recursive: true, mode: 0o700})
  writeFileSync(marker, now.toISOString())
  const options = {days: context.config.keepDays, home: claudeHome(context.env)}
  const restored = (await cleanHandoffs(dir, now, options)).restored.length
  return restored ? [{kind: 'maintenance', text: `baton: put ${restored} interrupted claim(s) back as pending.`}] : []
}
