/** Loads `$CLAUDE_HOME/baton/config.json` and applies environment overrides. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../core/errors.ts'
import {resolveConfig, type Config} from '../core/config.ts'
import {batonDir} from './paths.ts'

/** The effective settings. A broken config file is an explained `BatonError` (`ECONFIG`). */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const file = join(batonDir(env), 'config.json')
  let data: Record<string, unknown> = {}
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TypeError('Expected a JSON object')
  } catch (error) {
    if (hasCode(error, 'ENOENT')) data = {}
    else
      throw new BatonError('ECONFIG', `cannot use ${file}: ${(error as Error).message}`, {
        file,
        hint: 'fix or delete that file; see README "Configuration"'
      })
  }
  try {
    return resolveConfig(data, env)
  } catch (error) {
    throw new BatonError('ECONFIG', (error as Error).message, {file, hint: 'fix the value; see README "Configuration"'})
  }
}
