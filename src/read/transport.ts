import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, getProxyUrl } from '@actions/http-client'
import { clean } from '../base/outside-text.js'
import { USER_AGENT } from '../base/version.js'
import { FetchError, type FetchFailure, type ProxyVariable, requestFailure } from './failure.js'

/** Bodies larger than this are not a balance; reading stops there. */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = [301, 302, 303, 307, 308]

export interface AttemptRequest {
  readonly url: URL
  readonly apiKey: string
  readonly timeoutMs: number
}

/** The final (non-redirect) answer of one attempt. Everything in it is outside text. */
export interface RawResponse {
  readonly status: number
  readonly body: string
  readonly contentType: string | undefined
  readonly retryAfter: string | undefined
}

type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number]

/**
 * One attempt under one deadline, from connecting to the last byte of the body, redirects
 * included. An idle-socket timeout is not enough: a busy DeepSeek keeps the connection alive with
 * blank lines for minutes. The deadline both aborts the requests and settles the attempt, so no
 * step of http-client that ignores the abort (a proxy that never answers CONNECT) can outlast it.
 * Throws a FetchError.
 */
export async function getOnce(request: AttemptRequest): Promise<RawResponse> {
  const proxy = proxyFor(request.url)
  const deadline = new AbortController()
  const progress: Progress = { headersReceived: false, target: request.url }
  const client = new HttpClient(USER_AGENT, [requestHooks(deadline.signal)], {
    allowRetries: false, // retries are ours: http-client skips timeouts, network errors and 429
    allowRedirects: false, // redirects are ours too: under the deadline, the body limit, the key rules
    keepAlive: false,
    socketTimeout: request.timeoutMs + 1000 // a backstop; the deadline fires first
  })
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      deadline.abort()
      reject(
        fail({
          kind: 'timeout',
          timeoutMs: request.timeoutMs,
          headersReceived: progress.headersReceived
        })
      )
    }, request.timeoutMs)
  })
  const exchanged = exchange(client, request, progress).catch((error: unknown) => {
    throw new FetchError(requestFailure(error, progress.target, proxy), error)
  })
  exchanged.catch(() => undefined) // after the deadline its rejection is no longer news
  try {
    return await Promise.race([exchanged, expired])
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

interface Progress {
  headersReceived: boolean
  target: URL
}

/**
 * GET, following up to MAX_REDIRECTS redirects within the URL's origin. A redirect to another
 * origin (host, port or scheme) is not followed: the key must not go there.
 */
async function exchange(
  client: HttpClient,
  request: AttemptRequest,
  progress: Progress
): Promise<RawResponse> {
  for (let redirects = 0; ; redirects++) {
    const target = progress.target
    progress.headersReceived = false
    const response = await client.get(target.href, {
      accept: 'application/json',
      authorization: `Bearer ${request.apiKey}`
    })
    progress.headersReceived = true
    const message = response.message
    const body = await readBody(message, MAX_BODY_BYTES, target)
    const status = message.statusCode ?? 0
    const location = message.headers.location
    if (REDIRECT_STATUSES.includes(status) && location) {
      const from = clean(target.host, 100)
      if (redirects >= MAX_REDIRECTS) {
        throw fail({ kind: 'too-many-redirects', from, limit: MAX_REDIRECTS })
      }
      let next: URL
      try {
        next = new URL(location, target)
      } catch {
        throw fail({ kind: 'redirect-unreadable', from })
      }
      if (next.origin !== target.origin) {
        // Only scheme, host and port of the target: its path or query could carry anything.
        const web = /^https?:$/.test(next.protocol)
        throw fail({
          kind: 'redirect-elsewhere',
          from,
          to: web ? { origin: clean(next.origin, 100) } : { scheme: clean(next.protocol, 20) },
          downgrade: target.protocol === 'https:' && next.protocol === 'http:'
        })
      }
      progress.target = next
      continue
    }
    const contentType = message.headers['content-type']
    const retryAfter = message.headers['retry-after']
    return {
      status,
      body,
      contentType: contentType || undefined,
      retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined
    }
  }
}

/**
 * The proxy http-client will use for a URL (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), if any. A proxy
 * variable that is not a URL fails here, naming the variable, before anything is sent: inside
 * http-client it would only say "Invalid URL".
 */
function proxyFor(target: URL): URL | undefined {
  let proxy: string
  try {
    proxy = getProxyUrl(target.href)
  } catch {
    throw fail({ kind: 'proxy-setting', variable: proxyVariable(target) })
  }
  return proxy ? new URL(proxy) : undefined
}

/** The variable http-client reads the proxy from for this URL, in its order. */
function proxyVariable(target: URL): ProxyVariable {
  const names: ProxyVariable[] =
    target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']
  return names.find(name => process.env[name]) ?? names[1]!
}

/**
 * The hooks on every request, proxy included:
 * - the deadline's abort signal. Through a proxy, http-client's agent (tunnel) opens a CONNECT
 *   request of its own from `proxyOptions`; the signal goes there too, or a proxy that never
 *   answers would keep the process alive past the deadline;
 * - IPv6 literals without brackets: http-client passes `[::1]` to the socket as a host name.
 */
function requestHooks(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions) {
      options.signal = signal
      if (typeof options.host === 'string' && /^\[.*\]$/.test(options.host)) {
        options.host = options.host.slice(1, -1)
      }
      const agent = options.agent as { proxyOptions?: unknown } | undefined
      if (typeof agent?.proxyOptions === 'object' && agent.proxyOptions !== null) {
        ;(agent.proxyOptions as RequestOptions).signal = signal
      }
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
  }
}

function readBody(message: IncomingMessage, limit: number, target: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(fail({ kind: 'body-too-large', limitBytes: limit }))
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(fail({ kind: 'closed-early', host: clean(target.host, 100) }))
    })
  })
}

function fail(failure: FetchFailure): FetchError {
  return new FetchError(failure)
}
