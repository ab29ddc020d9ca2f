/** Baton's settings: defaults, merged with `config.json`, then environment overrides. */
import type {ClaimIn, SaveIn} from './session-kind.ts'

/** All settings. */
export interface Config {
  /** days a consumed handoff is kept (default 7) */
  keepDays: number
  /** which handoffs resume takes: this project's or all (default `project`) */
  scope: 'project' | 'all'
  /** Stop hook behaviour (default `remind`) */
  stopMode: 'off' | 'remind' | 'block'
  /** resume output budget in characters (default 40000) */
  maxChars: number
  /** autosave at Stop, PreCompact and SessionEnd (default true) */
  autosave: boolean
  /** where the autosave runs: sessions a person reads or started (default `interactive`), or `all` */
  saveIn: SaveIn
  /** PreToolUse guard for shared files under `$CLAUDE_HOME` (default true) */
  guard: boolean
  /** redact credentials and `<private>` spans before a handoff is written (default true) */
  redact: boolean
  /** where SessionStart claims handoffs: sessions a person reads (default `interactive`), or `all` */
  claimIn: ClaimIn
  /** a synced handoff directory: ms SessionStart may spend confirming claims with the remote (default 2000) */
  syncTimeoutMs: number
  /** who this person is, for notes between people (default: git's `user.email`; see core/address.ts) */
  me: string
  /** short names for `--to`: name → identity (default none) */
  people: Record<string, string>
}

/** The defaults. */
export const DEFAULTS: Readonly<Config> = {
  keepDays: 7,
  scope: 'project',
  stopMode: 'remind',
  maxChars: 40_000,
  autosave: true,
  saveIn: 'interactive',
  guard: true,
  redact: true,
  claimIn: 'interactive',
  syncTimeoutMs: 2000,
  me: '',
  people: {}
}

const KEYS = Object.keys(DEFAULTS) as (keyof Config)[]

function coerce(key: keyof Config, value: unknown, source: string): Config[keyof Config] {
  const bad = (expected: string): never => {
    throw new TypeError(`Expected \`${key}\` in ${source} to be ${expected}, got ${JSON.stringify(value)}`)
  }
  switch (key) {
    case 'keepDays':
    case 'syncTimeoutMs':
    case 'maxChars': {
      const n = typeof value === 'string' ? Number(value) : value
      return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : bad('a whole number >= 0')
    }
    case 'scope':
      return value === 'project' || value === 'all' ? value : bad('"project" or "all"')
    case 'claimIn':
    case 'saveIn':
      return value === 'interactive' || value === 'all' ? value : bad('"interactive" or "all"')
    case 'stopMode':
      return value === 'off' || value === 'remind' || value === 'block' ? value : bad('"off", "remind" or "block"')
    case 'autosave':
    case 'guard':
    case 'redact':
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === '1') return true
      if (value === 'false' || value === '0') return false
      return bad('true or false')
    case 'me':
      return typeof value === 'string' ? value.trim() : bad('a string (an email)')
    case 'people':
      return people(typeof value === 'string' ? parseJson(value) : value) ?? bad('an object of name → email')
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function people(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const entries = Object.entries(value as Record<string, unknown>)
  return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries as [string, string][]) : undefined
}

const envName = (key: string, prefix: string): string => prefix + key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()

/**
 * Merges layers over the defaults: the file, then `CLAUDE_PLUGIN_OPTION_<KEY>`
 * (the plugin's userConfig), then `BATON_*` (e.g. `BATON_STOP_MODE=block`).
 * A bad value throws a `TypeError` naming the key and where it came from.
 */
export function resolveConfig(
  file: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>
): Config {
  const config: Config = {...DEFAULTS}
  const set = (key: keyof Config, value: unknown, source: string): void => {
    ;(config as unknown as Record<string, unknown>)[key] = coerce(key, value, source)
  }
  for (const key of KEYS) {
    if (file[key] !== undefined) set(key, file[key], 'config.json')
    // Claude Code exports a userConfig option `stopMode` as CLAUDE_PLUGIN_OPTION_STOPMODE.
    for (const name of [`CLAUDE_PLUGIN_OPTION_${key.toUpperCase()}`, envName(key, 'BATON_')]) {
      const v = env[name]
      if (v !== undefined && v !== '') set(key, v, name)
    }
  }
  return config
}
