import {defineConfig} from 'vitest/config'

// The real-Claude-Code e2e files (test/e2e/*.e2e.test.ts) run once per pinned Claude Code
// version: the floor (claude-code-floor, 2.1.197) and the newest (@anthropic-ai/claude-code).
// test/e2e/claude.ts picks the binary from BATON_E2E_CLAUDE. Every other suite runs once.
const e2e = 'test/e2e/**/*.e2e.test.ts'
const claudeVersions = ['floor', 'newest'] as const

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // The JSON report feeds the one-line summary that .ci/run prints last.
    reporters: ['default', ['json', {outputFile: '.tmp/vitest.json'}]],
    projects: [
      {extends: true, test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: [e2e]}},
      ...claudeVersions.map((version) => ({
        extends: true as const,
        test: {name: `e2e-${version}`, include: [e2e], env: {BATON_E2E_CLAUDE: version}}
      }))
    ]
  }
})
