/**
 * Topic files beside `MEMORY.md`, in Claude Code's native form: frontmatter
 * with `name` (a kebab-case slug), `description` and `metadata.type`, then the
 * markdown. File names are slugs, so no heading can name a path outside the
 * memory folder.
 */
import {slugify} from '../slug.ts'

/** Claude Code's memory types. */
export type MemoryType = 'user' | 'feedback' | 'project' | 'reference'

/** Names a topic file may never take: the index itself (also on case-insensitive disks). */
const RESERVED = new Set(['memory'])

/**
 * The file name for a section titled `heading`: its slug plus `.md`, with
 * `-2`, `-3`, … when `taken(name)` says the name is used already.
 *
 * @param heading the section's heading text
 * @param taken true for names already used in this run
 * @param [first=1] the first suffix number to try (1 means no suffix)
 */
function topicFileName(heading: string, taken: (name: string) => boolean, first = 1): string {
  return nameFrom(slugify(heading, 'topic'), taken, first).name
}

function nameFrom(stem: string, taken: (name: string) => boolean, first: number): {name: string; n: number} {
  for (let n = Math.max(1, first); ; n++) {
    const candidate = n === 1 ? stem : `${stem}-${n}`
    if (RESERVED.has(candidate)) continue
    const name = `${candidate}.md`
    if (!taken(name)) return {name, n}
  }
}

/**
 * A namer for one run: each call gives a heading its {@link topicFileName},
 * never one given before in the run. It remembers the last suffix used per
 * slug, so n sections with one title cost O(n), not O(n²).
 *
 * @param taken true for names used outside this run
 */
export function topicNamer(taken: (name: string) => boolean = () => false): (heading: string) => string {
  const used = new Set<string>()
  const next = new Map<string, number>()
  return (heading) => {
    const stem = slugify(heading, 'topic')
    const {name, n} = nameFrom(stem, (candidate) => used.has(candidate) || taken(candidate), next.get(stem) ?? 1)
    used.add(name)
    next.set(stem, n + 1)
    return name
  }
}

/** YAML double-quoted scalar (JSON strings are valid YAML). */
export const yamlString = (value: string): string => JSON.stringify(value)

/**
 * The frontmatter block of a new topic file.
 *
 * @param name the file's stem (a slug)
 * @param description a one-line summary
 * @param [type='project'] `metadata.type`
 */
export function topicFrontmatter(name: string, description: string, type: MemoryType = 'project'): string {
  const one = description.replace(/\s+/g, ' ').trim()
  return `---\nname: ${yamlString(name)}\ndescription: ${yamlString(one)}\nmetadata:\n  type: ${type}\n---\n`
}

/** `text` with a final newline (an empty text stays empty). */
export const withEol = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\n`)
