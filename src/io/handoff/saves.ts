/** The handoffs a session saved itself, found on disk (for the autosave decision). */
import {handoffText, listHandoffs} from './store.ts'
import {parseDoc} from './docs.ts'
import {stampTime} from '../../core/names.ts'
import type {OwnSave} from '../../core/autosave.ts'

/**
 * The handoffs in `dir`, pending or consumed, real or `auto`, whose front
 * matter names `session` and that were created at or after `since` (ms). The
 * name's stamp is the creation time to the second, so older files are skipped
 * unread; a file that cannot be read counts as not saved.
 */
export async function savesSince(dir: string, session: string, since: number): Promise<OwnSave[]> {
  if (session === '') return []
  const {pending, consumed} = listHandoffs(dir)
  const saves: OwnSave[] = []
  for (const entry of [...pending, ...consumed]) {
    if (stampTime(entry.stamp) < since - 1000) continue
    const raw = handoffText(entry.path)
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    const created = typeof meta.created === 'string' ? meta.created : ''
    if (meta.session === session && Date.parse(created) >= since) saves.push({created, auto: meta.auto === true})
  }
  return saves
}
