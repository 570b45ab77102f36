import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, getProxyUrl } from '@actions/http-client'
import {
  type ProxyInUse,
  bodyTooLarge,
  connectionClosedEarly,
  redirectElsewhere,
  redirectUnreadable,
  requestFailed,
  timedOut,
  tooManyRedirects
} from '../report/messages.js'
import { USER_AGENT } from '../version.js'

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
 * Throws a BalanceFetchError.
 */
export async function getOnce(request: AttemptRequest): Promise<RawResponse> {
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
      reject(timedOut(request.timeoutMs, progress.headersReceived))
    }, request.timeoutMs)
  })
  const exchanged = exchange(client, request, progress).catch((error: unknown) => {
    throw requestFailed(error, progress.target, proxyFor(progress.target))
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
      if (redirects >= MAX_REDIRECTS) throw tooManyRedirects(target, MAX_REDIRECTS)
      let next: URL
      try {
        next = new URL(location, target)
      } catch {
        throw redirectUnreadable(target)
      }
      if (next.origin !== target.origin) throw redirectElsewhere(target, next)
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

/** The proxy http-client picks for a URL (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), if any. */
function proxyFor(target: URL): ProxyInUse | undefined {
  const proxy = getProxyUrl(target.href)
  if (!proxy) return undefined
  try {
    return { url: new URL(proxy) }
  } catch {
    return undefined
  }
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
        reject(bodyTooLarge(limit))
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(connectionClosedEarly(target))
    })
  })
}
