// The floor for SessionStart: only the work no implementation can skip, and
// nothing else. Read stdin, list the handoff folder, claim each pending note
// as Baton does (rename it to a hold, hard-link the hold to the `_done` name,
// write the marked copy to a temp file and rename it over that link), print
// the JSON, then drop the holds. No parsing of the notes or the input, no
// project filter, no fsync, no registry, no config. bench/hooks-floor.mjs runs
// it beside Baton's hook and bare `node -e 0`, in the same rounds.
'use strict'
const fs = require('node:fs')

fs.readFileSync(0) // the hook input, unread
const dir = process.env.BATON_HANDOFF_DIR || `${process.env.HOME}/.claude/handoffs`
const holds = []
const texts = []
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.md') || name.includes('_done')) continue
  const hold = `${dir}/.baton-claim-floor-${process.pid}-${name}`
  try {
    fs.renameSync(`${dir}/${name}`, hold)
  } catch {
    continue // another claimer won it
  }
  const bytes = fs.readFileSync(hold)
  const done = `${dir}/${name.slice(0, -3)}_done.md`
  fs.linkSync(hold, done)
  const temp = `${dir}/.baton-tmp-floor-${process.pid}`
  fs.writeFileSync(temp, Buffer.concat([Buffer.from(`consumed: ${Date.now()}\n`), bytes]), {flag: 'wx'})
  fs.renameSync(temp, done)
  holds.push(hold)
  texts.push(`<handoff count="${texts.length + 1}">\n${bytes}</handoff>`)
}
const output = texts.length
  ? {hookSpecificOutput: {hookEventName: 'SessionStart', additionalContext: texts.join('\n')}}
  : {}
fs.writeSync(1, JSON.stringify(output))
for (const hold of holds) fs.unlinkSync(hold)
