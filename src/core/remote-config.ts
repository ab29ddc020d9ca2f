/**
 * Which keys of a path remote's own git config Baton lets stand (design.md
 * §14). For a remote on this machine git runs its server side (upload-pack,
 * receive-pack and their children) here, under the remote repository's
 * config, so a key that names a program there runs it as this user. Baton
 * pins the keys it knows of on the server's command line, and on top refuses
 * a remote whose own config holds any key outside a short list of plain
 * data: a key git learns to run tomorrow is refused today. Also: which paths
 * of a remote's tree git would refuse to check out.
 */

/** Keys (as git lists them: section and name lower case) that hold data only for the git serving a push or fetch. */
const PLAIN: readonly RegExp[] = [
  // what `git init [--bare] [--shared]` and `git clone --bare/--mirror` write, and storage tuning
  new RegExp(
    '^core\\.(repositoryformatversion|filemode|bare|logallrefupdates|ignorecase|precomposeunicode|symlinks|' +
      'sharedrepository|compression|loosecompression|bigfilethreshold|packedgitlimit|packedgitwindowsize|' +
      'deltabasecachelimit|fsync|fsyncmethod|fsyncobjectfiles|checkstat|trustctime|abbrev|warnambiguousrefs|' +
      'commitgraph|multipackindex)$'
  ),
  /^extensions\.objectformat$/,
  /^(receive|transfer|fetch|pack|repack|gc|fsck|user|init|index|protocol|uploadpackfilter)\.[a-z0-9-]+$/,
  /^(receive|fetch)\.fsck\.[a-z0-9-]+$/,
  new RegExp(
    '^uploadpack\\.(hiderefs|allowtipsha1inwant|allowreachablesha1inwant|allowanysha1inwant|keepalive|' +
      'allowfilter|allowrefinwant|advertisebundleuris)$'
  ),
  /^remote\..+\.(url|pushurl|fetch|push|mirror|tagopt|prune|prunetags|skipdefaultupdate|skipfetchall)$/,
  /^branch\..+\.(remote|pushremote|merge|rebase)$/,
  // an included file's keys are listed (and vetted) as the including file's
  /^include\.path$/,
  /^includeif\..+\.path$/
]

/** A plain-looking key that is not: it hands a push to a program (the proc-receive hook). */
const NOT_PLAIN = /^receive\.procreceiverefs$/

/** One entry of `git config --list -z --show-scope`. */
export interface ConfigEntry {
  scope: string
  key: string
  value: string
}

/** Parses `git config --list -z --show-scope` output (`scope\0key\nvalue\0`, a key alone when it has no value). */
export function parseScopedConfig(out: string): ConfigEntry[] {
  const parts = out.split('\0')
  const entries: ConfigEntry[] = []
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [key = '', ...value] = (parts[i + 1] as string).split('\n')
    entries.push({scope: parts[i] as string, key, value: value.join('\n')})
  }
  return entries
}

/**
 * The keys of the repository's own config (scopes `local` and `worktree`,
 * what it includes counted in) that are not plain data, each once, in order.
 */
export function unvettedKeys(entries: readonly ConfigEntry[]): string[] {
  const found = new Set<string>()
  for (const {scope, key} of entries) {
    if (scope !== 'local' && scope !== 'worktree') continue
    const k = key.toLowerCase()
    if (NOT_PLAIN.test(k) || !PLAIN.some((p) => p.test(k))) found.add(key)
  }
  return [...found]
}

/** Characters HFS+ ignores in names (NTFS strips trailing dots and spaces): `.g\u200cit`, `.git. ` are `.git` there. */
const IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g

/**
 * Whether git would refuse to check out `path` (fsck's `hasDot`, `hasDotdot`,
 * `hasDotgit`, `emptyName`): a component that is empty, `.`, `..`, or `.git`
 * as some file system reads it (any case, HFS+ ignorables, NTFS's trailing
 * dots and spaces, its short name `git~1`). Baton never checks out, so such a
 * path is only data it ignores; a fetch lets it through (git.ts).
 */
export function checkoutRefuses(path: string): boolean {
  return path.split('/').some((part) => {
    if (part === '' || part === '.' || part === '..') return true
    const name = part
      .replace(IGNORABLE, '')
      .toLowerCase()
      .replace(/[. ]+$/, '')
    return name === '.git' || name === 'git~1'
  })
}
