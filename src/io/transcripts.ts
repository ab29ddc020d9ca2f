/** Finding a session's transcript: `$CLAUDE_HOME/projects/<encoded cwd>/<session id>.jsonl`. */
import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {claudeHome} from './paths.ts'

/** The transcript of `session`, or `undefined` when none is found. */
export function findTranscript(session: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(session)) return undefined
  const projects = join(claudeHome(env), 'projects')
  let dirs: string[]
  try {
    dirs = readdirSync(projects)
  } catch {
    return undefined
  }
  for (const dir of dirs) {
    const path = join(projects, dir, `${session}.jsonl`)
    if (existsSync(path)) return path
  }
  return undefined
}
