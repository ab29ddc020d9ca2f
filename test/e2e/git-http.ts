// Serves one bare git repository over git's smart HTTP protocol on 127.0.0.1
// (through `git http-backend`), so that Claude Code can add a git marketplace
// offline: every version accepts an http(s) URL ending in .git, and the proxy
// variables leave 127.0.0.1 alone. Imports only node builtins.

import {spawn} from 'node:child_process'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

export interface GitHttp {
  /** The clone URL, http://127.0.0.1:<port>/<name>.git */
  url: string
  /** How many requests git made. */
  requests(): number
  close(): Promise<void>
}

/** Serves `bareRepo` (a folder named `<name>.git`) read-only until `close()`. */
export async function serveGitRepo(bareRepo: string): Promise<GitHttp> {
  const name = path.basename(bareRepo)
  let count = 0
  const server = http.createServer((req, res) => {
    count++
    const [pathname = '', query = ''] = (req.url ?? '').split('?')
    if (!pathname.startsWith(`/${name}/`)) {
      res.writeHead(404).end()
      return
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_PROJECT_ROOT: path.dirname(bareRepo),
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: pathname,
        REQUEST_METHOD: req.method ?? 'GET',
        QUERY_STRING: query,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? '')
      }
    })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let started = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (started) {
        res.write(chunk)
        return
      }
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      started = true
      let status = 200
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        const key = line.slice(0, colon).trim()
        const value = line.slice(colon + 1).trim()
        if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else if (key) res.setHeader(key, value)
      }
      res.writeHead(status)
      res.write(head.subarray(end + 4))
    })
    cgi.stdout.on('end', () => res.end())
    cgi.on('error', () => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/${name}`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
