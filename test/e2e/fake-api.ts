// A fake Anthropic Messages API for offline end-to-end tests of the real
// Claude Code CLI. It listens on 127.0.0.1 only, logs every request body, and
// answers with scripted replies. Nothing here ever contacts another host.
//
// Routes:
//   POST /v1/messages[?beta=true]               scripted reply (SSE when stream:true, JSON otherwise)
//   POST /v1/messages/count_tokens[?beta=true]  {input_tokens: N}
//   CONNECT host:port                           403, logged in `connects`
//   absolute-URI (plain HTTP proxy) requests    404, logged in `foreign`
//   anything else                               JSON 404

import http from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Duplex} from 'node:stream'

// ---------------------------------------------------------------------------
// Types

/** A content block of a Messages API request (loosely typed on purpose). */
export interface ContentBlock {
  type: string
  text?: string
  id?: string
  name?: string
  input?: unknown
  tool_use_id?: string
  content?: string | ContentBlock[]
  is_error?: boolean
  [k: string]: unknown
}

export interface ApiMessage {
  role: string
  content: string | ContentBlock[]
}

/** The parsed body of a POST /v1/messages request. */
export interface MessagesBody {
  model?: string
  stream?: boolean
  max_tokens?: number
  system?: string | ContentBlock[]
  messages?: ApiMessage[]
  tools?: Array<{name: string; [k: string]: unknown}>
  [k: string]: unknown
}

export interface ToolUseReply {
  name: string
  input: Record<string, unknown>
  /** Optional explicit id; otherwise one is generated. */
  id?: string
}

/**
 * What the fake model answers: plain text, or a tool call (optionally with
 * some text before it). `stopReason` defaults to end_turn / tool_use.
 */
export type Reply =
  | {text: string; stopReason?: string}
  | {toolUse: ToolUseReply; text?: string; stopReason?: string}
  /** Several tool calls in one assistant message (Claude Code runs them and answers all in one message). */
  | {toolUses: ToolUseReply[]; text?: string; stopReason?: string}

/** Extra facts handed to a script besides the raw body. */
export interface ScriptContext {
  /** 0-based index of this /v1/messages request since the server started. */
  index: number
  /** The request path, e.g. "/v1/messages?beta=true". */
  path: string
  /** True when the request offers tools (the main agent loop does). */
  hasTools: boolean
  /** True when the request asked for a streamed answer. */
  stream: boolean
  /** Convenience views of the last user message. */
  last: LastUserMessage
}

/** Returns a reply, or undefined to fall through to the default answer. */
export type Script = (body: MessagesBody, ctx: ScriptContext) => Reply | undefined

export interface LoggedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  /** Parsed JSON body when it parsed, else undefined. */
  body: MessagesBody | undefined
  /** The raw body text. */
  raw: string
  /** The reply the fake sent (for /v1/messages). */
  reply?: Reply
  time: number
}

export interface LoggedConnect {
  target: string
  headers: http.IncomingHttpHeaders
  time: number
}

export interface FakeApi {
  port: number
  url: string
  /** Every HTTP request, in arrival order (bodies included). */
  requests: LoggedRequest[]
  /** Every CONNECT attempt (each was refused with 403). */
  connects: LoggedConnect[]
  /** Requests that were addressed to another host through the proxy (absolute URI or foreign Host). */
  foreign: LoggedRequest[]
  /** Only the POST /v1/messages requests. */
  messages(): LoggedRequest[]
  /** Does any logged request body contain this text (searching the whole JSON)? */
  sawText(needle: string): boolean
  /** Replace the script while the server runs. */
  setScript(script: Script): void
  close(): Promise<void>
}

export interface FakeApiOptions {
  /** Text used when the script returns undefined. Default "OK". */
  defaultText?: string
  /** input_tokens reported by count_tokens and usage. Default 42. */
  inputTokens?: number
  /** Model name echoed in responses when the request gives none. */
  model?: string
}

// ---------------------------------------------------------------------------
// Reading request bodies

/** Flattens a message content (string or blocks) to plain text; tool_result contents are included. */
export function contentText(content: string | ContentBlock[] | undefined): string {
  if (content === undefined) return ''
  if (typeof content === 'string') return content
  const parts: string[] = []
  for (const b of content) {
    if (b.type === 'text' && typeof b.text === 'string') parts.push(b.text)
    else if (b.type === 'tool_result') parts.push(contentText(b.content))
  }
  return parts.join('\n')
}

export interface LastUserMessage {
  /** The text blocks of the last user message (tool_result contents excluded). */
  text: string
  /** The tool_result blocks of the last user message. */
  toolResults: Array<{toolUseId: string; text: string; isError: boolean}>
  /** The last user message itself (undefined when there is none). */
  message: ApiMessage | undefined
}

export function lastUserMessage(body: MessagesBody | undefined): LastUserMessage {
  const msgs = body?.messages ?? []
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i]!
    if (m.role !== 'user') continue
    const blocks: ContentBlock[] = typeof m.content === 'string' ? [{type: 'text', text: m.content}] : m.content
    const text = blocks
      .filter((b) => b.type === 'text' && typeof b.text === 'string')
      .map((b) => b.text as string)
      .join('\n')
    const toolResults = blocks
      .filter((b) => b.type === 'tool_result')
      .map((b) => ({
        toolUseId: String(b.tool_use_id ?? ''),
        text: contentText(b.content),
        isError: b.is_error === true
      }))
    return {text, toolResults, message: m}
  }
  return {text: '', toolResults: [], message: undefined}
}

/**
 * The text the human typed in this turn: the text of the last user message
 * that is not a pure tool_result message. (After a tool call the last user
 * message only carries the tool_result, so look further back.)
 */
export function lastPromptText(body: MessagesBody | undefined): string {
  const msgs = body?.messages ?? []
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i]!
    if (m.role !== 'user') continue
    if (typeof m.content === 'string') return m.content
    if (m.content.some((b) => b.type === 'tool_result')) continue
    return contentText(m.content)
  }
  return ''
}

/**
 * The text of every message of every role, in order. Hook context arrives as
 * a `{"role":"system"}` message (e.g. "SessionStart hook additional context: …"),
 * not in the top-level `system` field, so search this (or the raw body).
 */
export function messagesText(body: MessagesBody | undefined): string {
  return (body?.messages ?? []).map((m) => `[${m.role}] ${contentText(m.content)}`).join('\n')
}

/** The contents of the `{"role":"system"}` messages inside `messages`. */
export function systemMessages(body: MessagesBody | undefined): string[] {
  return (body?.messages ?? []).filter((m) => m.role === 'system').map((m) => contentText(m.content))
}

/** Every tool_use block the assistant made in the conversation so far. */
export function toolUses(body: MessagesBody | undefined): ContentBlock[] {
  const out: ContentBlock[] = []
  for (const m of body?.messages ?? []) {
    if (m.role !== 'assistant' || typeof m.content === 'string') continue
    for (const b of m.content) if (b.type === 'tool_use') out.push(b)
  }
  return out
}

// ---------------------------------------------------------------------------
// Script helpers

let idCounter = 0
function newId(prefix: string): string {
  idCounter += 1
  return `${prefix}_${Date.now().toString(36)}${idCounter.toString(36).padStart(4, '0')}`
}

type Matcher = string | RegExp | ((text: string, body: MessagesBody) => boolean)

function matches(m: Matcher, text: string, body: MessagesBody): boolean {
  if (typeof m === 'string') return text.includes(m)
  if (m instanceof RegExp) return m.test(text)
  return m(text, body)
}

/** Tries each script in order; the first one that returns a reply wins. */
export function chain(...scripts: Script[]): Script {
  return (body, ctx) => {
    for (const s of scripts) {
      const r = s(body, ctx)
      if (r !== undefined) return r
    }
    return undefined
  }
}

/** Always answers with the same text. */
export function say(text: string): Script {
  return () => ({text})
}

/** When the last user message (its text, including hook context / command output) matches, answer text. */
export function whenSay(when: Matcher, text: string | ((body: MessagesBody) => string)): Script {
  return (body, ctx) => {
    if (!ctx.hasTools) return undefined
    if (ctx.last.toolResults.length > 0) return undefined
    if (!matches(when, ctx.last.text, body)) return undefined
    return {text: typeof text === 'function' ? text(body) : text}
  }
}

export interface ToolStep {
  name: string
  input: Record<string, unknown>
}

export interface ToolThenOptions {
  /** Final text after the last tool_result came back (a function may look at the results). */
  then: string | ((results: LastUserMessage['toolResults'], body: MessagesBody) => string)
}

/**
 * "When the prompt matches `when`, call these tools one after another, then
 * answer `then`." Each tool call waits for its tool_result. The ids it hands
 * out carry a per-rule tag, so several rules can live in one chain.
 * Only the main agent loop (requests offering tools) is scripted; side calls
 * such as title generation fall through.
 */
export function whenTools(when: Matcher, steps: ToolStep[], opts: ToolThenOptions): Script {
  const tag = newId('toolu_fk')
  return (body, ctx) => {
    if (!ctx.hasTools) return undefined
    const ours = toolUses(body).filter((b) => String(b.id ?? '').startsWith(tag))
    const results = ctx.last.toolResults
    const answering = results.some((r) => r.toolUseId.startsWith(tag))
    if (ours.length === 0) {
      // Not started yet: start when the current prompt matches.
      if (results.length > 0) return undefined
      if (!matches(when, ctx.last.text, body)) return undefined
    } else if (!answering) {
      // Our sequence is over (or another rule runs now); the turn is someone else's.
      return undefined
    }
    const next = steps[ours.length]
    if (next !== undefined && (ours.length === 0 || answering)) {
      return {toolUse: {name: next.name, input: next.input, id: `${tag}_${ours.length}`}}
    }
    if (!answering) return undefined
    const text = typeof opts.then === 'function' ? opts.then(results, body) : opts.then
    return {text}
  }
}

/**
 * "When the prompt matches `when`, make each batch's tool calls in one assistant
 * message, one batch after another, then answer `then`." Each batch waits until
 * the results of the one before came back (in one user message), so a hundred
 * calls cost a few requests, not a hundred.
 */
export function whenToolBatches(when: Matcher, batches: ToolStep[][], opts: ToolThenOptions): Script {
  const tag = newId('toolu_fkb')
  return (body, ctx) => {
    if (!ctx.hasTools) return undefined
    const ours = toolUses(body).filter((b) => String(b.id ?? '').startsWith(tag))
    const results = ctx.last.toolResults
    const answering = results.some((r) => r.toolUseId.startsWith(tag))
    if (ours.length === 0) {
      if (results.length > 0 || !matches(when, ctx.last.text, body)) return undefined
    } else if (!answering) return undefined
    const done = new Set(ours.map((b) => String(b.id).split('_').at(-2)))
    const next = batches.findIndex((_, i) => !done.has(String(i)))
    if (next >= 0) {
      const uses = batches[next]!.map((s, j) => ({name: s.name, input: s.input, id: `${tag}_${next}_${j}`}))
      return {toolUses: uses}
    }
    const text = typeof opts.then === 'function' ? opts.then(results, body) : opts.then
    return {text}
  }
}

/** "When the prompt matches `when`, run this Bash command, then answer `then`." */
export function whenBash(
  when: Matcher,
  command: string,
  then: ToolThenOptions['then'],
  description = 'fake model command'
): Script {
  return whenTools(when, [{name: 'Bash', input: {command, description}}], {then})
}

// ---------------------------------------------------------------------------
// SSE encoding

function sseEvent(type: string, data: unknown): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`
}

interface Built {
  id: string
  model: string
  content: ContentBlock[]
  stopReason: string
  usage: Record<string, number>
}

function build(reply: Reply, model: string, inputTokens: number): Built {
  const content: ContentBlock[] = []
  if ('toolUse' in reply || 'toolUses' in reply) {
    if (reply.text) content.push({type: 'text', text: reply.text})
    for (const use of 'toolUse' in reply ? [reply.toolUse] : reply.toolUses)
      content.push({type: 'tool_use', id: use.id ?? newId('toolu_fk'), name: use.name, input: use.input})
  } else {
    content.push({type: 'text', text: reply.text})
  }
  const stopReason = reply.stopReason ?? ('toolUse' in reply || 'toolUses' in reply ? 'tool_use' : 'end_turn')
  const outputTokens = Math.max(1, Math.ceil(JSON.stringify(content).length / 4))
  return {
    id: newId('msg_fake'),
    model,
    content,
    stopReason,
    usage: {
      input_tokens: inputTokens,
      output_tokens: outputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0
    }
  }
}

function toSse(b: Built): string {
  let out = sseEvent('message_start', {
    type: 'message_start',
    message: {
      id: b.id,
      type: 'message',
      role: 'assistant',
      model: b.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: {...b.usage, output_tokens: 1}
    }
  })
  b.content.forEach((block, index) => {
    if (block.type === 'tool_use') {
      out += sseEvent('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {type: 'tool_use', id: block.id, name: block.name, input: {}}
      })
      out += sseEvent('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: {type: 'input_json_delta', partial_json: JSON.stringify(block.input ?? {})}
      })
    } else {
      out += sseEvent('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {type: 'text', text: ''}
      })
      out += sseEvent('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: {type: 'text_delta', text: block.text ?? ''}
      })
    }
    out += sseEvent('content_block_stop', {type: 'content_block_stop', index})
  })
  out += sseEvent('message_delta', {
    type: 'message_delta',
    delta: {stop_reason: b.stopReason, stop_sequence: null},
    usage: {output_tokens: b.usage.output_tokens}
  })
  out += sseEvent('message_stop', {type: 'message_stop'})
  return out
}

function toJson(b: Built): unknown {
  return {
    id: b.id,
    type: 'message',
    role: 'assistant',
    model: b.model,
    content: b.content,
    stop_reason: b.stopReason,
    stop_sequence: null,
    usage: b.usage
  }
}

// ---------------------------------------------------------------------------
// The server

function sendJson(res: http.ServerResponse, status: number, data: unknown): void {
  const text = JSON.stringify(data)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'request-id': newId('req_fake')
  })
  res.end(text)
}

function notFound(res: http.ServerResponse, path: string): void {
  sendJson(res, 404, {
    type: 'error',
    error: {type: 'not_found_error', message: `fake api: no route for ${path}`}
  })
}

export async function startFakeApi(script: Script = say('OK'), options: FakeApiOptions = {}): Promise<FakeApi> {
  const defaultText = options.defaultText ?? 'OK'
  const inputTokens = options.inputTokens ?? 42
  let current = script
  let messageIndex = 0
  const requests: LoggedRequest[] = []
  const connects: LoggedConnect[] = []
  const foreign: LoggedRequest[] = []
  const sockets = new Set<Duplex>()
  let port = 0

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: MessagesBody | undefined
      try {
        body = raw ? (JSON.parse(raw) as MessagesBody) : undefined
      } catch {
        body = undefined
      }
      const url = req.url ?? '/'
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: url,
        headers: req.headers,
        body,
        raw,
        time: Date.now()
      }
      requests.push(entry)

      // A plain-HTTP proxy request names another host: refuse and log it.
      const host = String(req.headers.host ?? '')
      const local = host === `127.0.0.1:${port}` || host === `localhost:${port}`
      if (/^[a-z]+:\/\//i.test(url) || !local) {
        foreign.push(entry)
        notFound(res, url)
        return
      }

      const pathname = url.split('?')[0]!
      if (req.method === 'POST' && pathname === '/v1/messages/count_tokens') {
        sendJson(res, 200, {input_tokens: inputTokens})
        return
      }
      if (req.method === 'POST' && pathname === '/v1/messages') {
        const b = body ?? {}
        const ctx: ScriptContext = {
          index: messageIndex++,
          path: url,
          hasTools: Array.isArray(b.tools) && b.tools.length > 0,
          stream: b.stream === true,
          last: lastUserMessage(b)
        }
        let reply: Reply | undefined
        try {
          reply = current(b, ctx)
        } catch (err) {
          reply = {text: `fake api script error: ${String(err)}`}
        }
        reply ??= {text: defaultText}
        entry.reply = reply
        const built = build(reply, b.model ?? options.model ?? 'claude-fake', inputTokens)
        if (ctx.stream) {
          res.writeHead(200, {
            'content-type': 'text/event-stream',
            'cache-control': 'no-cache',
            connection: 'keep-alive',
            'request-id': newId('req_fake')
          })
          res.end(toSse(built))
        } else {
          sendJson(res, 200, toJson(built))
        }
        return
      }
      notFound(res, url)
    })
  })

  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })

  server.on('connect', (req: http.IncomingMessage, socket: Duplex) => {
    connects.push({target: req.url ?? '', headers: req.headers, time: Date.now()})
    socket.on('error', () => {})
    socket.end(
      'HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\ncontent-length: 24\r\nconnection: close\r\n\r\nfake ' +
        'api: CONNECT denied'
    )
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    connects,
    foreign,
    messages: () => requests.filter((r) => r.method === 'POST' && r.path.split('?')[0] === '/v1/messages'),
    sawText: (needle: string) => requests.some((r) => r.raw.includes(needle)),
    setScript: (s: Script) => {
      current = s
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
