/**
 * Facts mined from a Claude Code transcript (JSONL): which files the session
 * edited, which commands it ran, its last prompts, and when it last edited
 * or ran a command. Whether it saved a handoff is read from disk, not from
 * here: a command's text proves nothing. Likewise an edit is a change only
 * once its `tool_result` came back without `is_error` (an Edit whose
 * `old_string` was not found, a Write the permissions denied, one the person
 * rejected: each changed nothing). Pure: takes the text, returns values.
 */

/** Tools that change files. */
export const EDIT_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit'])

/** What a session did, in transcript order. */
export interface SessionActivity {
  /** distinct files edited, in order of first edit (edits that succeeded only) */
  files: string[]
  /** number of edit tool calls that succeeded */
  edits: number
  /** Bash commands run, in order */
  commands: string[]
  /** the user's prompts, in order (tool results and command echoes excluded) */
  prompts: string[]
  /** when the last edit was made (the transcript line's ISO `timestamp`), if recorded */
  lastEditAt?: string | undefined
  /** when the last Bash command was run, if recorded */
  lastCommandAt?: string | undefined
  /** edit calls whose result was not in the text read yet (the part read next may hold it) */
  waiting: WaitingEdit[]
}

/** An edit call waiting for its result. */
export interface WaitingEdit {
  /** the call's tool_use id */
  id: string
  file: string
  at?: string | undefined
}

/** Most edits carried over as waiting from one read to the next. */
const MAX_WAITING = 64

type Block = {
  type?: string
  id?: string
  name?: string
  input?: Record<string, unknown>
  text?: string
  tool_use_id?: string
  is_error?: boolean
}
type Line = {
  type?: string
  isMeta?: boolean
  isCompactSummary?: boolean
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

/**
 * A result's `"tool_use_id"` and `"is_error": true` as JSON writes them. Inside a string value every
 * quote is escaped (`\\"`), so file contents or command output quoting these keys cannot match.
 */
const RESULT_ID = /"tool_use_id"\s*:\s*"([^"\\]+)"/g
const IS_ERROR = /"is_error"\s*:\s*true/

/**
 * Of the edits in `waiting`, those whose result is on `raw` (a line with tool results), each with
 * whether it failed. Found without parsing the line: a successful edit's result line carries the
 * whole file (`toolUseResult.originalFile`). Only a line that reports an error and answers more
 * than one call is parsed, to tell whose the error is.
 */
function settled(raw: string, waiting: ReadonlyMap<string, unknown>): {id: string; failed: boolean}[] {
  const ids = [...raw.matchAll(RESULT_ID)].map((m) => m[1] ?? '')
  const ours = ids.filter((id) => waiting.has(id))
  if (ours.length === 0) return []
  if (!IS_ERROR.test(raw)) return ours.map((id) => ({id, failed: false}))
  if (ids.length === 1) return ours.map((id) => ({id, failed: true}))
  let failed: Set<string>
  try {
    const content = (JSON.parse(raw) as Line).message?.content
    const blocks = Array.isArray(content) ? content : []
    failed = new Set(blocks.filter((b) => b.is_error === true).map((b) => String(b.tool_use_id)))
  } catch {
    failed = new Set(ours) // a broken line proves no success
  }
  return ours.map((id) => ({id, failed: failed.has(id)}))
}

/** Whether a user line is one the person typed (not a compaction summary, hook or command output). */
function isPrompt(line: Line, text: string): boolean {
  return line.isMeta !== true && line.isCompactSummary !== true && !text.startsWith('<') && !text.startsWith('Caveat:')
}

/**
 * Reads the activity out of a transcript's text. Unparseable lines are skipped. An edit counts when
 * its tool result is found and is not an error; one whose result is not in `jsonl` (a session killed
 * mid-call, or the call before the part read) is not counted, and is returned in `waiting`: a reader
 * of a transcript in parts (Stop) hands it to the next read, where its result may be.
 */
export function readActivity(jsonl: string, before: readonly WaitingEdit[] = []): SessionActivity {
  const activity: SessionActivity = {files: [], edits: 0, commands: [], prompts: [], waiting: []}
  const seen = new Set<string>()
  // Edit calls waiting for their result, by tool_use id: the file and when the call was made
  // (`before`: those an earlier read of the part before `jsonl` left waiting).
  const waiting = new Map<string, {file: string; at: string | undefined}>(
    before.map((e) => [e.id, {file: e.file, at: e.at}])
  )
  for (const raw of jsonl.split('\n')) {
    // Cheap pre-filter: only lines with tool calls, their results and the user's prompts matter. Tool
    // results (most of a transcript's bytes: file contents, command output) are never a prompt and are
    // not parsed; one is looked at only while an edit waits for its result.
    if (raw.includes('"tool_result"')) {
      if (waiting.size === 0) continue
      for (const {id, failed} of settled(raw, waiting)) {
        const edit = waiting.get(id)!
        waiting.delete(id)
        if (failed) continue
        activity.edits++
        activity.lastEditAt = edit.at
        if (edit.file !== '' && !seen.has(edit.file)) {
          seen.add(edit.file)
          activity.files.push(edit.file)
        }
      }
      continue
    }
    if (!raw.includes('"tool_use"') && !raw.includes('"user"')) continue
    let line: Line
    try {
      line = JSON.parse(raw) as Line
    } catch {
      continue
    }
    const content = line.message?.content
    if (line.type === 'user') {
      const text = promptText(content)
      if (text !== undefined && isPrompt(line, text)) activity.prompts.push(text.trim())
    }
    if (line.type !== 'assistant' || !Array.isArray(content)) continue
    const at = typeof line.timestamp === 'string' ? line.timestamp : undefined
    for (const block of content) {
      if (block.type !== 'tool_use') continue
      const input = block.input ?? {}
      if (EDIT_TOOLS.has(block.name ?? '')) {
        waiting.set(String(block.id ?? ''), {file: String(input.file_path ?? input.notebook_path ?? ''), at})
      } else if (block.name === 'Bash' && typeof input.command === 'string') {
        activity.commands.push(input.command)
        activity.lastCommandAt = at
      }
    }
  }
  activity.waiting = [...waiting].slice(-MAX_WAITING).map(([id, e]) => ({id, file: e.file, at: e.at}))
  return activity
}

/**
 * `activity` with its waiting edits counted as changes: for Stop, which fires only once every call
 * of the turn has returned, so an edit whose result it cannot see yet (Claude Code writes the
 * transcript behind, at times after Stop's hooks) most likely succeeded; an edit whose error result
 * it did see is not counted.
 */
export function countWaiting(activity: Readonly<SessionActivity>): SessionActivity {
  if (activity.waiting.length === 0) return activity
  const files = [...activity.files]
  for (const e of activity.waiting) if (e.file !== '' && !files.includes(e.file)) files.push(e.file)
  const at = activity.waiting.map((e) => e.at).filter((t): t is string => t !== undefined)
  const lastEditAt = [activity.lastEditAt, ...at]
    .filter((t): t is string => t !== undefined)
    .sort()
    .at(-1)
  return {...activity, files, edits: activity.edits + activity.waiting.length, lastEditAt, waiting: []}
}
