// Bundles src/ into dist/ with esbuild: self-contained ESM for Node 20.
// - dist/cli.js: the CLI, split into chunks so each command loads only its own code.
// - dist/hooks/<name>.cjs: each hook is one minified CommonJS file, built on its
//   own: a hook starts a fresh Node process every time, and every extra module
//   costs time to load. What a hook needs only now and then (the YAML library,
//   remark, the daily clean) is still imported lazily, so it is parsed but not
//   run unless needed.
import {build} from 'esbuild'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'

const hooks = (existsSync('src/hooks') ? readdirSync('src/hooks') : [])
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))

// Node built-ins are loaded with require() instead of `import`: the ES module
// facade of `node:fs` reads every export, `fs.promises` included, which loads
// about 40 more internal modules (streams, readline) on every hook start.
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    b.onResolve({filter: /^(node:)?(fs|path|os|child_process|crypto|util|url)$/}, (args) =>
      args.kind === 'import-statement' ? {path: args.path.replace(/^node:/, ''), namespace: 'builtin'} : undefined
    )
    b.onLoad({filter: /.*/, namespace: 'builtin'}, (args) => ({
      contents: `module.exports = require('node:${args.path}')`,
      loader: 'js'
    }))
  }
}

// The `debug` package (used by secretlint's core) checks the terminal and the environment
// when loaded; Baton never turns its logging on, so it is a no-op here.
const noDebug = {
  name: 'no-debug',
  setup(b) {
    b.onResolve({filter: /^debug$/}, () => ({path: 'debug', namespace: 'no-debug'}))
    b.onLoad({filter: /.*/, namespace: 'no-debug'}, () => ({
      contents: 'const off = () => Object.assign(() => {}, {enabled: false, extend: off}); module.exports = off',
      loader: 'js'
    }))
  }
}

// Built beside dist/ and swapped in at the end, so processes running from dist/
// (tests, a live session) never see it half-written.
const out = `.dist-build-${process.pid}`

const common = {
  plugins: [builtinsViaRequire, noDebug],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minifySyntax: true,
  // CommonJS dependencies (gray-matter, proper-lockfile) call require() for Node built-ins.
  banner: {
    js: "import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);"
  },
  // write-file-atomic names its temp files after __filename, which ESM lacks.
  define: {
    __filename: 'import.meta.url',
    __BATON_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version)
  },
  // node_modules is a link to the tools' folder outside the repository (scripts/dev-deps.mjs): keep
  // module paths as seen from here, so the bundle is the same wherever that folder is.
  preserveSymlinks: true,
  logLevel: 'warning'
}

rmSync(out, {recursive: true, force: true})
await build({...common, entryPoints: [{in: 'src/cli/bin.ts', out: 'cli'}], chunkNames: 'chunks/[name]-[hash]'})
// Hooks are CommonJS: Node starts a CommonJS entry ~8 ms faster than an ES
// module (no ESM loader), which is most of a hook's own cost. The YAML library
// (gray-matter, ~100 KB, for frontmatter Baton did not write itself) and remark
// (~200 KB, for section warnings) live in shared files that hooks require on
// demand, instead of being compiled at every start.
const hookCjs = {
  ...common,
  format: 'cjs',
  splitting: false,
  minify: !process.env.BATON_NO_MINIFY,
  outExtension: {'.js': '.cjs'},
  // `import()` of a file on demand becomes require(): Node would otherwise load it through
  // the ES module loader, and parse it again to find its exports (~15 ms for secretlint).
  supported: {'dynamic-import': false},
  // The module's URL is worked out only when asked for (~0.5 ms at every start otherwise).
  banner: {js: 'const __batonMeta={get url(){return require("node:url").pathToFileURL(__filename).href}};'},
  define: {'import.meta.url': '__batonMeta.url'}
}
// secretlint (for redaction before a save) is one more such file: loaded only when there is text to scan,
// and so is the history index's writer (with the lock library), loaded only when retention deletes a note.
// comments (remark, for the HTML comments Claude Code leaves out of MEMORY.md): only when the file holds `<!--`.
const ON_DEMAND = {
  comments: 'src/core/memory/comments.ts',
  frontmatter: 'src/core/frontmatter.ts',
  sections: 'src/core/sections.ts',
  secretlint: 'src/io/toolkit/secretlint.ts',
  // the remote's gate on synced claims (design.md §14): only a synced handoff directory loads it
  gate: 'src/io/handoff/sync/gate.ts',
  // the writer's receipts (design.md §14, "People"): only a synced directory with a known person loads it
  receipts: 'src/io/handoff/sync/receipts.ts',
  'history-entry': 'src/io/handoff/history-entry.ts'
}
/** Imports of the files above become require() of their own file in `folder`. */
const libsOnDemand = (folder) => ({
  name: 'libs-on-demand',
  setup(b) {
    b.onResolve({filter: new RegExp(`/(${Object.keys(ON_DEMAND).join('|')})\\.ts$`)}, (args) => {
      const name = args.path.split('/').pop().slice(0, -3)
      return args.kind === 'import-statement' || args.kind === 'dynamic-import'
        ? {path: `${folder}${name}.cjs`, external: true}
        : undefined
    })
  }
})
for (const [name, path] of Object.entries(ON_DEMAND)) {
  await build({...hookCjs, plugins: [noDebug, libsOnDemand('./')], entryPoints: [{in: path, out: `hooks/lib/${name}`}]})
}
// Each hook's bundle is <hook>.body.cjs; <hook>.cjs is the small entry that runs it through V8's
// code cache (scripts/hook-loader.cjs; design.md §7.5), named by the bundle's hash.
// PreToolUse is the exception: a single bundle, no cache. Its `if` conditions start it only for shared
// files, and for a file it does not guard it must leave $CLAUDE_HOME untouched (no cache folder either).
const loader = readFileSync('scripts/hook-loader.cjs', 'utf8')
const uncached = new Set(['pre-tool-use'])
for (const hook of hooks) {
  await build({
    ...hookCjs,
    plugins: [libsOnDemand('./lib/')],
    entryPoints: [{in: `src/hooks/${hook}.ts`, out: uncached.has(hook) ? `hooks/${hook}` : `hooks/${hook}.body`}]
  })
  if (uncached.has(hook)) continue
  const hash = createHash('sha256')
    .update(readFileSync(`${out}/hooks/${hook}.body.cjs`))
    .digest('hex')
    .slice(0, 16)
  const entry = loader.replace("'__BODY__'", `'${hook}.body.cjs'`).replace("'__HASH__'", `'${hash}'`)
  writeFileSync(`${out}/hooks/${hook}.cjs`, entry)
}
rmSync('dist', {recursive: true, force: true})
renameSync(out, 'dist')
