/** The handoffs a session saved itself, found on disk (for the autosave decision). */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {handoffText} from './store.ts'
import {parseDoc} from './docs.ts'
import {stampedSince} from '../../core/names.ts'
import type {OwnSave} from '../../core/autosave.ts'

/**
 * The handoffs in `dir`, pending or consumed, real or `auto`, whose front
 * matter names `session` and that were created at or after `since` (ms). The
 * name's stamp is the creation time to the second, so older files are skipped
 * unread and unstatted (a folder of thousands costs one `readdir`); a file that
 * cannot be read, or is not a regular file, counts as not saved.
 *
 * @param names the folder's names, when the caller listed it already
 */
export async function savesSince(dir: string, session: string, since: number, names?: string[]): Promise<OwnSave[]> {
  if (session === '') return []
  let all = names
  if (all === undefined) {
    try {
      all = readdirSync(dir)
    } catch {
      return []
    }
  }
  const saves: OwnSave[] = []
  for (const name of stampedSince(all, since)) {
    const raw = handoffText(join(dir, name)) // refuses links and anything but a regular file
    if (raw === undefined) continue
    const {meta} = await parseDoc(raw)
    const created = typeof meta.created === 'string' ? meta.created : ''
    if (meta.session === session && Date.parse(created) >= since) saves.push({created, auto: meta.auto === true})
  }
  return saves
}
