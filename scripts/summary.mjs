// Prints vitest JSON reports as one closing line: "N passed, N failed[, N skipped]",
// summed over every report given (the main suite, then each compat run).
import {readFileSync} from 'node:fs'

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['.tmp/vitest.json']
const total = {passed: 0, failed: 0, skipped: 0, all: 0}
for (const file of files) {
  const r = JSON.parse(readFileSync(file, 'utf8'))
  total.passed += r.numPassedTests
  total.failed += r.numFailedTests
  total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  total.all += r.numTotalTests
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exitCode = total.failed === 0 && total.all > 0 ? 0 : 1
