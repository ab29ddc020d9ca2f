/**
 * Facts mined from a Claude Code transcript (JSONL): which files the session
 * edited, which commands it ran, its last prompts, and when it last edited
 * or ran a command. Whether it saved a handoff is read from disk, not from
 * here: a command's text proves nothing. Pure: takes the text, returns values.
 */

/** Tools that change files. */
export const EDIT_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit'])

/** What a session did, in transcript order. */
export interface SessionActivity {
  /** distinct files edited, in order of first edit */
  files: string[]
  /** number of edit tool calls */
  edits: number
  /** Bash commands run, in order */
  commands: string[]
  /** the user's prompts, in order (tool results and command echoes excluded) */
  prompts: string[]
  /** when the last edit was made (the transcript line's ISO `timestamp`), if recorded */
  lastEditAt?: string | undefined
  /** when the last Bash command was run, if recorded */
  lastCommandAt?: string | undefined
}

type Block = {type?: string; name?: string; input?: Record<string, unknown>; text?: string}
type Line = {
  type?: string
  isMeta?: boolean
  timestamp?: unknown
  message?: {role?: string; content?: string | Block[]}
}

function promptText(content: string | Block[] | undefined): string | undefined {
  if (typeof content === 'string') return content
  if (!Array.isArray(content) || content.some((b) => b.type === 'tool_result')) return undefined
  const text = content
    .filter((b) => b.type === 'text')
    .map((b) => b.text ?? '')
    .join('\n')
  return text === '' ? undefined : text
}

/** Reads the activity out of a transcript's text. Unparseable lines are skipped. */
export function readActivity(jsonl: string): SessionActivity {
  const activity: SessionActivity = {files: [], edits: 0, commands: [], prompts: []}
  const seen = new Set<string>()
  for (const raw of jsonl.split('\n')) {
    // Cheap pre-filter: only lines with tool calls and the user's prompts matter. Tool results (most
    // of a transcript's bytes: file contents, command output) are never a prompt, so are not parsed.
    if (!raw.includes('"tool_use"') && (!raw.includes('"user"') || raw.includes('"tool_result"'))) continue
    let line: Line
    try {
      line = JSON.parse(raw) as Line
    } catch {
      continue
    }
    const content = line.message?.content
    if (line.type === 'user' && !line.isMeta) {
      const text = promptText(content)
      if (text !== undefined && !text.startsWith('<') && !text.startsWith('Caveat:')) activity.prompts.push(text.trim())
    }
    if (line.type !== 'assistant' || !Array.isArray(content)) continue
    const at = typeof line.timestamp === 'string' ? line.timestamp : undefined
    for (const block of content) {
      if (block.type !== 'tool_use') continue
      const input = block.input ?? {}
      if (EDIT_TOOLS.has(block.name ?? '')) {
        activity.edits++
        activity.lastEditAt = at
        const file = String(input.file_path ?? input.notebook_path ?? '')
        if (file !== '' && !seen.has(file)) {
          seen.add(file)
          activity.files.push(file)
        }
      } else if (block.name === 'Bash' && typeof input.command === 'string') {
        activity.commands.push(input.command)
        activity.lastCommandAt = at
      }
    }
  }
  return activity
}
