import { type CleanText, clean } from '../base/outside-text.js'
import type { SnapshotProblem } from '../base/snapshot.js'

/**
 * Why one attempt to read the balance failed, as data: a kind and clean fields. What it means
 * for the next attempt is read/retry.ts's to say; how it reads, report/messages.ts's.
 */
export type FetchFailure =
  | { readonly kind: 'timeout'; readonly timeoutMs: number; readonly headersReceived: boolean }
  | { readonly kind: 'body-too-large'; readonly limitBytes: number }
  | { readonly kind: 'closed-early'; readonly host: CleanText }
  | {
      readonly kind: 'http'
      readonly status: number
      readonly detail: ErrorDetail
      /** The wait the server asked for (Retry-After), already capped. */
      readonly retryAfterMs?: number
    }
  | { readonly kind: 'not-a-balance'; readonly problem: SnapshotProblem; readonly body: BodyStart }
  | {
      readonly kind: 'redirect-elsewhere'
      readonly from: CleanText
      /** The target's origin when it is a web address, else only its scheme. */
      readonly to: { readonly origin: CleanText } | { readonly scheme: CleanText }
      readonly downgrade: boolean
    }
  | { readonly kind: 'redirect-unreadable'; readonly from: CleanText }
  | { readonly kind: 'too-many-redirects'; readonly from: CleanText; readonly limit: number }
  /** A proxy variable that is not a URL: the request was not sent. */
  | { readonly kind: 'proxy-setting'; readonly variable: ProxyVariable }
  | {
      readonly kind: 'proxy'
      readonly host: CleanText
      /** host:port only: a proxy URL can carry credentials. */
      readonly proxy: CleanText | undefined
      readonly answer: { readonly status: number } | { readonly error: CleanText }
    }
  | { readonly kind: 'tls'; readonly host: CleanText; readonly code: CleanText }
  | {
      readonly kind: 'name-not-resolved'
      readonly host: CleanText
      readonly name: CleanText
      readonly code: 'ENOTFOUND' | 'EAI_AGAIN'
    }
  | { readonly kind: 'network'; readonly host: CleanText; readonly code: NetworkCode }
  | { readonly kind: 'request'; readonly host: CleanText; readonly error: CleanText }

export type ProxyVariable = 'https_proxy' | 'HTTPS_PROXY' | 'http_proxy' | 'HTTP_PROXY'

/** Socket errors with a known meaning. */
export const NETWORK_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN'
] as const
export type NetworkCode = (typeof NETWORK_CODES)[number]

const TLS_CODES: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

/** The content type and the first characters of a body ('' when it is empty). */
export interface BodyStart {
  readonly contentType: CleanText | undefined
  readonly start: CleanText
}

/** What an error answer says: DeepSeek's own message, else the start of the body, else nothing. */
export type ErrorDetail =
  { readonly message: CleanText } | { readonly body: BodyStart } | { readonly none: true }

/** One attempt's failure. */
export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    cause?: unknown
  ) {
    super(failure.kind, cause === undefined ? undefined : { cause })
    this.name = 'FetchError'
  }
}

/** The content type and the start of a body, on one short line. */
export function bodyStart(body: string, contentType: string | undefined): BodyStart {
  return {
    contentType: contentType ? clean(contentType, 60) : undefined,
    // A byte-order mark is a format character: the cleaning removes it with the rest.
    start: clean(body, 80)
  }
}

/** DeepSeek's `error.message` (or a top-level `message`) when there is one, else the body. */
export function errorDetail(body: string, contentType: string | undefined): ErrorDetail {
  if (body.trim() === '') return { none: true }
  try {
    const json: unknown = JSON.parse(body)
    const error = (json as { error?: { message?: unknown } } | null)?.error
    const text =
      typeof error?.message === 'string'
        ? error.message
        : (json as { message?: unknown } | null)?.message
    if (typeof text === 'string' && text.trim() !== '') return { message: clean(text) }
  } catch {
    // not JSON: the start of the body says who answered
  }
  return { body: bodyStart(body, contentType) }
}

/** Anything the request itself threw (the socket, DNS, TLS, the proxy), as a failure. */
export function requestFailure(error: unknown, target: URL, proxy: URL | undefined): FetchFailure {
  if (error instanceof FetchError) return error.failure
  const host = clean(target.host, 100)
  const rawCode = (error as { code?: unknown } | null)?.code
  const code = typeof rawCode === 'string' ? rawCode : undefined
  const message = error instanceof Error ? error.message : String(error)
  // http-client's proxy agent (tunnel) reports every proxy failure with this text.
  const tunnel = /^tunneling socket could not be established, (.*)$/.exec(message)
  if (tunnel) {
    // Stryker disable next-line StringLiteral: never used, the group (.*) always takes part in the match
    const cause = tunnel[1] ?? ''
    const status = /^statusCode=(\d{3})/.exec(cause)?.[1]
    return {
      kind: 'proxy',
      host,
      proxy: proxy ? clean(proxy.host, 100) : undefined,
      answer: status ? { status: Number(status) } : { error: clean(cause.replace(/^cause=/, '')) }
    }
  }
  if (code !== undefined && TLS_CODES.has(code)) return { kind: 'tls', host, code: clean(code) }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { kind: 'name-not-resolved', host, name: clean(target.hostname, 100), code }
  }
  const network = NETWORK_CODES.find(known => known === code)
  if (network) return { kind: 'network', host, code: network }
  return {
    kind: 'request',
    host,
    error: clean(message.replace(/\.$/, '') + (code === undefined ? '' : ` (${code})`))
  }
}

/** The balance could not be read: the last attempt's failure, after every attempt allowed. */
export class BalanceReadError extends Error {
  constructor(
    readonly failure: FetchFailure,
    readonly attempts: number,
    readonly elapsedMs: number,
    cause?: unknown
  ) {
    super(failure.kind, cause === undefined ? undefined : { cause })
    this.name = 'BalanceReadError'
  }
}
