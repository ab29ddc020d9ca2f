// Lint: the type-aware rules that catch a promise nobody waits for or checks (typescript-eslint).
// Format is Prettier's (npm run format), types are tsc's (npm run typecheck); this adds only what neither sees.
// A deliberate fire-and-forget is written `void promise`, as the hooks do with `void runHook(...)`.
import {defineConfig} from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {ignores: ['dist/', 'node_modules/', 'tools/', 'bench/', 'scripts/', '.tmp/', 'eslint.config.mjs']},
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'vitest.config.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // tsconfig.json covers src/ and test/; vitest.config.ts gets a default project of its own.
        projectService: {allowDefaultProject: ['vitest.config.ts']},
        tsconfigRootDir: import.meta.dirname
      }
    },
    // Only the rules above run, so a directive naming another rule is not "unused" news.
    linterOptions: {reportUnusedDisableDirectives: 'off'},
    plugins: {'@typescript-eslint': tseslint.plugin},
    rules: {
      // A promise that is neither awaited, returned, caught nor marked `void`: its failure is lost.
      '@typescript-eslint/no-floating-promises': 'error',
      // A promise where a boolean or a void callback is expected: `if (p)`, `list.forEach(async ...)`.
      '@typescript-eslint/no-misused-promises': 'error',
      // `await` of a value that is not a promise: usually a function called without its promise-returning form.
      '@typescript-eslint/await-thenable': 'error',
      // `return promise` inside try/catch/finally: the catch never sees the rejection.
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only']
    }
  }
)
