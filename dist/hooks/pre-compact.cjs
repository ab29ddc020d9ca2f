'use strict'
// A hook's entry (design.md §7.5), written by scripts/build.mjs from this template: it runs the
// hook's bundle (<hook>.body.cjs) through V8's code cache, so that a hook process does not parse and
// compile the bundle and every function it calls again at each start (about a third of a
// SessionStart's own time). The cache is V8's serialized bytecode of the bundle, made by the
// first run after the run's work (so it holds the functions that run called) and kept in
// $CLAUDE_PLUGIN_DATA/code-cache (else $CLAUDE_HOME/baton/code-cache); its name carries the
// bundle's hash, the Node version and the architecture, and V8 itself refuses a cache made by
// another V8 or with other flags (then a new one is written). Only a regular file of this user,
// writable by nobody else, whose CRC-32 matches the bundle's source and the data, is used; a new
// cache is kept only once a run with it has ended (see untried). Any failure runs the bundle plainly.
// BATON_CODE_CACHE=0 turns it off. Node 22's module.enableCompileCache() does the same for
// modules; this works on Node 20 as well.
const fs = require('node:fs')
const path = require('node:path')
const BODY = 'pre-compact.body.cjs'
const HASH = '9b9159061129e95e'
const body = path.join(__dirname, BODY)

/** Where the cache lives, or undefined when it is turned off. */
function cacheDir(env) {
  if (env.BATON_CODE_CACHE === '0') return undefined
  if (env.CLAUDE_PLUGIN_DATA) return path.join(env.CLAUDE_PLUGIN_DATA, 'code-cache')
  const home = env.CLAUDE_CONFIG_DIR
    ? path.resolve(env.CLAUDE_CONFIG_DIR)
    : path.join(env.HOME || require('node:os').homedir(), '.claude')
  return path.join(home, 'baton', 'code-cache')
}

/**
 * A cache file starts with this tag and the CRC-32 of the bundle's source and V8's data
 * together: V8 itself checks only the source's length (and the data's, not its bytes), so a
 * damaged cache, or one made from another body of the same length, would run as it is. CRC-32
 * catches every change of up to 4 bytes in a row. Trust in the cache's author comes from its
 * owner and mode, below.
 */
const TAG = Buffer.from('baton-v8-2\n')
const HEAD = TAG.length + 4

/**
 * zlib's CRC-32 (Node 20.15, 22.2 and later), or undefined. Taken from zlib's native binding:
 * loading node:zlib (its streams) costs a hook start about 1.2 ms of CPU, node:crypto more.
 */
function crc32() {
  try {
    const native = process.binding('zlib').crc32
    if (typeof native === 'function') return native
  } catch {
    // no such binding here
  }
  return require('node:zlib').crc32
}

function digest(source, data) {
  const crc = crc32()
  const sum = Buffer.alloc(4)
  sum.writeUInt32BE(crc(data, crc(source, 0)) >>> 0)
  return sum
}

/**
 * V8's data in `file` when it is a regular file of this user that nobody else may write, made
 * from exactly `source`. Anything else there is removed (the run then goes without a cache).
 */
function verified(file, source) {
  try {
    const st = fs.lstatSync(file)
    const mine = typeof process.getuid !== 'function' || st.uid === process.getuid()
    if (st.isFile() && mine && (st.mode & 0o022) === 0) {
      const bytes = fs.readFileSync(file)
      const data = bytes.subarray(HEAD)
      const head = bytes.subarray(0, HEAD)
      if (head.subarray(0, TAG.length).equals(TAG) && head.subarray(TAG.length).equals(digest(source, data)))
        return data
    }
    unlinkQuiet(file)
  } catch {
    // no cache
  }
  return undefined
}

/** Writes the cache (temp file and rename: readers see a whole file or none) and drops other builds' caches. */
function writeCache(dir, name, source, data) {
  try {
    fs.mkdirSync(dir, {recursive: true, mode: 0o700})
    const temp = path.join(dir, `.${name}.${process.pid}.tmp`)
    fs.writeFileSync(temp, Buffer.concat([TAG, digest(source, data), data]), {mode: 0o600})
    fs.renameSync(temp, path.join(dir, `${name}.new`))
    // Caches of earlier builds or Node versions, and temp files of killed writers.
    const stem = name.slice(0, -'.v8'.length)
    for (const old of fs.readdirSync(dir))
      if (!old.startsWith(stem) && (old.startsWith(`${BODY}-`) || old.startsWith(`.${BODY}-`)))
        unlinkQuiet(path.join(dir, old))
  } catch {
    // No cache this time: the next run tries again.
  }
}

function unlinkQuiet(file) {
  try {
    fs.unlinkSync(file)
  } catch {
    // gone already
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/**
 * The cache to try when there is no proven one: a new cache (`<name>.new`, made by an earlier run
 * and never used) is taken by renaming it `<name>.trying-<pid>`; this run proves it by ending (it
 * is then renamed `<name>`). A `.trying` file left by a process that is gone marks a cache that
 * crashed its run: it becomes `<name>.off`, and this build runs without a cache from then on.
 */
function untried(dir, name, source) {
  const trial = path.join(dir, `${name}.trying-${process.pid}`)
  try {
    fs.renameSync(path.join(dir, `${name}.new`), trial)
    const cached = verified(trial, source)
    return cached ? {cached, trial} : {save: true}
  } catch {
    // none new
  }
  try {
    for (const f of fs.readdirSync(dir)) {
      if (f === `${name}.off`) return {}
      const pid = f.startsWith(`${name}.trying-`) ? Number(f.slice(name.length + 8)) : NaN
      if (Number.isInteger(pid) && alive(pid)) return {} // another run is trying it
      if (Number.isInteger(pid)) {
        fs.renameSync(path.join(dir, f), path.join(dir, `${name}.off`))
        return {}
      }
    }
  } catch {
    // no folder yet
  }
  return {save: true}
}

function run() {
  const dir = cacheDir(process.env)
  if (!dir) return require(body)
  const name = `${BODY}-${HASH}-${process.version}-${process.arch}.v8`
  let script
  let state
  if (typeof crc32() !== 'function') return require(body) // Node before 20.15: no cache
  try {
    const {Script} = require('node:vm')
    const {wrap} = require('node:module')
    const source = fs.readFileSync(body, 'utf8')
    const cached = verified(path.join(dir, name), source)
    state = cached ? {cached} : untried(dir, name, source)
    script = new Script(wrap(source), {filename: body, cachedData: state.cached})
    state.source = source
  } catch {
    return require(body)
  }
  if (state.cached && script.cachedDataRejected) {
    // Made by another V8 or with other flags: replaced by this run's.
    unlinkQuiet(state.trial ?? path.join(dir, name))
    state = {save: true, source: state.source}
  }
  if (state.trial) process.once('exit', () => renameQuiet(state.trial, path.join(dir, name)))
  if (state.save) process.once('exit', () => writeCache(dir, name, state.source, script.createCachedData()))
  const mod = {exports: {}, filename: body, id: body}
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, require('node:module').createRequire(body), mod, body, __dirname)
}

function renameQuiet(from, to) {
  try {
    fs.renameSync(from, to)
  } catch {
    // dropped meanwhile
  }
}

run()
