// Fails when a source line is longer than 120 characters (Prettier cannot wrap strings, comments or regexes).
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'

const MAX = 120
const files = execFileSync('git', ['ls-files', 'src/*.ts', 'test/*.ts', 'bench/*.mjs', 'scripts/*.mjs'], {
  encoding: 'utf8'
})
  .split('\n')
  .filter(Boolean)
let bad = 0
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.length > MAX) {
        bad++
        console.log(`${file}:${i + 1}: ${line.length} characters`)
      }
    })
}
if (bad > 0) {
  console.error(`check-lines: ${bad} line(s) longer than ${MAX} characters`)
  process.exit(1)
}
