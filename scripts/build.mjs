// Bundles src/ into dist/ with esbuild: self-contained ESM for Node 20.
// Code splitting keeps each entry small; heavy parsers load lazily through import().
import {build} from 'esbuild'
import {existsSync, readdirSync, rmSync} from 'node:fs'

const hooks = (existsSync('src/hooks') ? readdirSync('src/hooks') : [])
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => `src/hooks/${f}`)

rmSync('dist', {recursive: true, force: true})
await build({
  entryPoints: [{in: 'src/cli/bin.ts', out: 'cli'}, ...hooks.map((h) => ({in: h, out: `hooks/${h.slice(10, -3)}`}))],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifySyntax: true,
  // CommonJS dependencies (gray-matter, proper-lockfile) call require() for Node built-ins.
  banner: {js: "import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);"},
  // write-file-atomic names its temp files after __filename, which ESM lacks.
  define: {__filename: 'import.meta.url'},
  logLevel: 'warning'
})
