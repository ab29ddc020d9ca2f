/**
 * The command table: every `baton` command, its summary, arguments and options
 * (design.md §5). Help, usage lines and parsing are all generated from it;
 * main.ts maps each command to its lazily loaded handler. Data only: a run
 * reads it, and imports only the one handler it needs.
 */
import type {Args, LeafSpec} from './command.ts'

const json = {type: 'boolean', about: 'print JSON (a stable shape) instead of text'} as const
const dir = {type: 'string', value: 'D', about: 'the handoff directory (default: ~/.claude/handoffs)'} as const
const all = {type: 'boolean', about: "every project's handoffs, not only this one's"} as const
const session = {
  type: 'string',
  value: 'ID',
  about: 'the session id (default: $BATON_SESSION_ID, else $CLAUDE_CODE_SESSION_ID)'
} as const
const project = {type: 'string', value: 'P', about: 'the project whose MEMORY.md to use (default: .)'} as const
const maxLines = {type: 'string', value: '200', about: 'the line limit (default 200, as Claude Code)'} as const
const maxBytes = {type: 'string', value: '25000', about: 'the character limit (default 25000, as Claude Code)'} as const
const branch = {type: 'string', value: 'B', about: 'the branch (default: the current git branch)'} as const
const memoryFile = {name: 'FILE', about: "the MEMORY.md to work on (default: the project's)", optional: true} as const

/** The command groups (`baton handoff …`), with a one-line summary each. */
export const GROUPS = {
  handoff: 'write, resume, list, show, search and clean handoff notes',
  memory: 'keep MEMORY.md within the limits Claude Code reads, and per-branch namespaces',
  index: 'locked edits of a shared index file',
  sync: 'share handoffs across machines through a private git remote'
} as const

/** Every command that runs, by its full name, in the order help lists them. */
export const COMMANDS = {
  'handoff write': {
    summary: 'save a handoff note (markdown from --file or stdin) and print its path',
    options: {
      slug: {type: 'string', value: 'S', about: 'the name in the file name (default: the git branch, else "session")'},
      file: {type: 'string', value: 'F', about: 'read the note from F instead of stdin'},
      dir,
      session,
      json,
      auto: {type: 'boolean', about: "mark it as an autosave: it replaces this session's pending autosave"},
      to: {
        type: 'string',
        value: 'WHO',
        about: 'who it is for: me (default: my sessions only), anyone, or a person (an email or a name from "people")'
      }
    }
  },
  'handoff resume': {
    summary: "claim this project's pending handoffs and print them, oldest first (--peek: without claiming)",
    options: {
      all,
      dir,
      session,
      'max-chars': {type: 'string', value: 'N', about: 'the output budget in characters (default 40000, min 1000)'},
      json,
      peek: {type: 'boolean', about: 'show the pending handoffs without claiming them: nothing is renamed'},
      worktree: {
        type: 'string',
        value: 'W',
        about: "also take the notes of another live worktree of this repository: its path or branch, or 'all'"
      },
      received: {
        type: 'boolean',
        about: 'also show, marked already-received, the handoffs this session (--session) claimed earlier'
      }
    }
  },
  'handoff list': {
    summary: 'list pending handoffs without claiming them',
    options: {
      all,
      consumed: {type: 'boolean', about: 'consumed handoffs too'},
      dir,
      json
    }
  },
  'handoff sent': {
    summary:
      'the notes I wrote (on any of my machines), for whom, and whether they were picked up (by whom, where, when)',
    options: {dir, json}
  },
  'handoff show': {
    summary: 'print one handoff, pending or consumed, front matter included',
    args: [{name: 'NAME|PATH', about: 'a file name in the handoff directory, or a path'}],
    options: {dir}
  },
  'handoff clean': {
    summary: 'delete old consumed handoffs and put interrupted claims back (never a pending one)',
    options: {
      days: {type: 'string', value: 'N', about: 'keep consumed handoffs this many days (default: keepDays, 7)'},
      'dry-run': {type: 'boolean', about: 'say what would be deleted, delete nothing'},
      dir,
      json
    }
  },
  'handoff search': {
    summary: 'search pending, consumed and deleted handoffs (words, "quoted phrases"), newest first; claims nothing',
    args: [{name: 'QUERY…', about: 'words and "quoted phrases", matched as whole words, any case', variadic: true}],
    options: {
      all,
      section: {type: 'string', value: 'NAME', about: 'search only this section, e.g. "Key decisions"'},
      branch: {type: 'string', value: 'B', about: 'only handoffs written on branch B'},
      since: {type: 'string', value: 'DATE', about: 'only handoffs written since DATE (YYYY-MM-DD, ISO time, or Nd)'},
      limit: {type: 'string', value: 'N', about: 'show at most N handoffs (default 10)'},
      fenced: {type: 'boolean', about: 'print the hits fenced as data for a model (<handoffs> blocks)'},
      dir,
      json
    }
  },
  'handoff log': {
    summary: "a handoff's lineage: the notes it continues (ancestors) and those that continue it",
    args: [{name: 'NAME', about: 'a handoff file name (pending, consumed or deleted)'}],
    options: {dir, json}
  },
  'handoff context': {
    summary: 'facts for writing a handoff: git state and what this session edited and ran',
    options: {session, json}
  },
  'memory path': {
    summary: "print the project's auto-memory MEMORY.md path",
    options: {project, json}
  },
  'memory check': {
    summary:
      "MEMORY.md's lines and characters against the limits, counted as Claude Code counts them; names the lines " +
      'Claude Code cannot see (exit 1 when there are any)',
    args: [memoryFile],
    options: {
      'max-lines': maxLines,
      'max-bytes': maxBytes,
      json,
      project,
      'exit-zero': {type: 'boolean', about: "exit 0 even when lines are invisible (a slash command's ! line needs it)"}
    }
  },
  'memory split': {
    summary: 'split MEMORY.md into a lean index and topic files: lossless, locked, backed up first',
    args: [memoryFile],
    options: {
      'max-lines': maxLines,
      'max-bytes': maxBytes,
      'dry-run': {type: 'boolean', about: 'print the plan, change nothing'},
      json,
      project
    }
  },
  'memory ns': {
    summary: "print (and create) this branch's memory namespace",
    options: {branch, project, json}
  },
  'memory merge': {
    summary: "merge a branch's memory namespace back, keeping both sides of a conflict",
    options: {branch, project, json}
  },
  'index add': {
    summary: 'add or replace one line of a shared index file, under its lock, atomically',
    args: [{name: 'INDEX', about: 'the index file'}],
    options: {
      entry: {type: 'string', value: 'TEXT', required: true, dashValue: true, about: 'the line to add'},
      key: {
        type: 'string',
        value: 'K',
        dashValue: true,
        about: "the key of the line to replace (default: the entry's first link target)"
      },
      json
    }
  },
  'lock-write': {
    summary: 'write stdin to TARGET byte for byte, under its lock, atomically',
    args: [{name: 'TARGET', about: 'the file to write'}],
    options: {
      'expect-sha256': {type: 'string', value: 'H', about: 'refuse unless TARGET has this SHA-256 (64 hex digits)'},
      json
    }
  },
  status: {
    summary: 'live sessions, pending handoffs and MEMORY.md sizes at a glance',
    options: {json, dir}
  },
  claim: {
    summary: "hold a shared file under $CLAUDE_HOME: other sessions' edits to it are denied",
    args: [{name: 'PATH', about: 'the shared file'}],
    options: {session, json}
  },
  release: {
    summary: 'let go of a claimed file',
    args: [{name: 'PATH', about: 'the claimed file'}],
    options: {
      session,
      force: {type: 'boolean', about: 'release it whoever holds it'},
      json
    }
  },
  redact: {
    summary: 'find credentials in saved files (handoffs); --fix redacts them in place, locked and atomic',
    args: [{name: 'FILE…', about: 'the files to scan, e.g. ~/.claude/handoffs/*.md', variadic: true}],
    options: {
      fix: {type: 'boolean', about: 'rewrite each file with its credentials replaced by [REDACTED:<kind>]'},
      json
    }
  },
  sync: {
    summary: 'pull and push handoffs with the remote set by `baton sync init` (also: sync init, sync status)',
    options: {
      dir,
      json,
      background: {type: 'boolean', about: 'as the hooks run it: quiet, and done at once if a sync is running'}
    }
  },
  'sync init': {
    summary: 'make the handoff directory a working copy of REMOTE (a private repository)',
    args: [{name: 'REMOTE', about: 'e.g. git@github.com:you/handoffs.git, or a path to a bare repository'}],
    options: {
      dir,
      json,
      as: {type: 'string', value: 'ID', about: "who you are on this machine (default: git's user.email)"}
    }
  },
  'sync status': {
    summary: 'the remote, the last sync, ahead/behind, and pending notes per project and machine',
    options: {dir, json}
  }
} as const satisfies Record<string, LeafSpec>

/** A command's full name, e.g. `handoff write`. */
export type CommandName = keyof typeof COMMANDS

/** What the handler of command `N` gets. */
export type ArgsOf<N extends CommandName> = Args<(typeof COMMANDS)[N]['options']>
