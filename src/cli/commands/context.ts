/**
 * `baton handoff context [--session ID]`: the facts a handoff writer needs, in
 * one block: git branch, HEAD, uncommitted files, recent commits, the files
 * this session edited and the commands it ran. Used by /baton:handoff-write.
 */
import {spawnSync} from 'node:child_process'
import type {CliIo} from '../io.ts'
import type {ArgsOf} from '../table.ts'
import {gitState} from '../../io/toolkit/git.ts'
import {findTranscript, readTranscript} from '../../io/session/transcripts.ts'
import {readActivity} from '../../core/transcript.ts'

const git = (cwd: string, ...args: string[]): string => {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8', timeout: 5000})
  return r.status === 0 ? r.stdout.trimEnd() : ''
}

/** Prints the facts block (or `--json`). */
export function contextCommand({values}: ArgsOf<'handoff context'>, io: CliIo): number {
  const session = values.session ?? io.env.BATON_SESSION_ID ?? ''
  const state = gitState(io.cwd)
  const transcript = session ? findTranscript(session, io.env) : undefined
  // The transcript is data: a regular file only, its last few MiB; unreadable means no facts.
  const activity = readActivity(readTranscript(transcript, 0, {partial: true}).text)
  const facts = {
    project: state.root,
    branch: state.branch,
    commit: state.commit,
    status: state.inRepo ? git(state.root, 'status', '--short') : '',
    recentCommits: state.inRepo ? git(state.root, 'log', '--oneline', '-8') : '',
    session,
    transcript: transcript ?? null,
    filesEdited: activity.files,
    commandsRun: activity.commands.slice(-20)
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(facts, null, 2)}\n`)
    return 0
  }
  const block = (title: string, text: string): string =>
    `### ${title}\n${text.trim() === '' ? '(none)' : text.trimEnd()}\n\n`
  io.stdout(
    block(
      'Project',
      `${facts.project}` +
        (state.inRepo
          ? ` on branch ${facts.branch || '(detached)'} at ${facts.commit.slice(0, 12) || '(no commits)'}`
          : ' (not a git repository)')
    ) +
      block('Uncommitted files (git status --short)', facts.status) +
      block('Recent commits', facts.recentCommits) +
      block(
        `Files this session edited${transcript ? '' : ' (transcript not found)'}`,
        facts.filesEdited.map((f) => `- ${f}`).join('\n')
      ) +
      block(
        'Commands this session ran (last 20)',
        facts.commandsRun.map((c) => `- \`${c.replace(/\s+/g, ' ').slice(0, 200)}\``).join('\n')
      )
  )
  return 0
}
