import { getProxyUrl } from '@actions/http-client'
import { describeBody } from './balance.js'
import { BalanceFetchError } from './errors.js'
import { withoutInvisibles } from './redact.js'

/** Server errors worth another attempt: DeepSeek's 500 and 503, and a gateway's 502 and 504. */
const RETRIED_SERVER_ERRORS = [500, 502, 503, 504]

const CHECK_NETWORK = 'Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).'

/** A non-2xx answer as an error that names the status and DeepSeek's own message. */
export function httpError(
  status: number,
  detail: string,
  retryAfter: string | undefined
): BalanceFetchError {
  const got = `HTTP ${status}${detail ? `: ${detail}` : ''}`
  if (status === 401 || status === 403) {
    return new BalanceFetchError(`DeepSeek rejected the API key (${got}).`, false, {
      hint: 'Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).'
    })
  }
  if (status === 402) {
    return new BalanceFetchError(`DeepSeek reports insufficient balance (${got}).`, false, {
      hint: 'Top up at https://platform.deepseek.com/top_up.'
    })
  }
  if (status === 429 || RETRIED_SERVER_ERRORS.includes(status)) {
    const [what, hint] =
      status === 429
        ? ['DeepSeek rate-limited the request', 'Raise retries, or run the check less often.']
        : [
            'DeepSeek had a server error',
            'DeepSeek may be overloaded: raise retries, or try later.'
          ]
    return new BalanceFetchError(`${what} (${got}).`, true, {
      ...(retryAfter !== undefined && { retryAfter }),
      hint
    })
  }
  if (status >= 500) {
    // 501, 505, 511 (what captive portals send) …: another attempt would get the same answer.
    return new BalanceFetchError(`DeepSeek, or something in between, answered ${got}.`, false, {
      hint: 'Check base-url, and any proxy or captive portal between the runner and DeepSeek.'
    })
  }
  return new BalanceFetchError(`DeepSeek refused the request (${got}).`, false, {
    hint:
      status === 404
        ? 'Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.'
        : 'Check base-url and any gateway in between.'
  })
}

/**
 * DeepSeek's own `error.message` when the body has one, else what the body starts with. `clean`
 * runs on the decoded message before it is shortened: a JSON-escaped key is only visible then.
 */
export function errorDetail(
  body: string,
  contentType: string,
  clean: (text: string) => string
): string {
  if (body.trim() === '') return ''
  try {
    const json: unknown = JSON.parse(body)
    const error = (json as { error?: { message?: unknown } } | null)?.error
    const text =
      typeof error?.message === 'string' ? error.message : (json as { message?: unknown })?.message
    if (typeof text === 'string' && text.trim() !== '') {
      const line = clean(withoutInvisibles(text)).trim().replace(/\s+/g, ' ')
      return line.length > 200 ? `${line.slice(0, 200)}…` : line
    }
  } catch {
    // not JSON: describe the body instead
  }
  return describeBody(body, contentType || undefined, clean)
}

/** A redirect away from base-url's origin, which is not followed. */
export function redirectElsewhere(from: URL, to: URL): BalanceFetchError {
  // Only scheme, host and port of the target: its path or query could carry anything.
  const where = /^https?:$/.test(to.protocol) ? to.origin : `a ${to.protocol} URL`
  const downgrade = from.protocol === 'https:' && to.protocol === 'http:'
  return new BalanceFetchError(
    `DeepSeek at ${from.host} redirected to ${where}; the redirect was not followed, so the key ` +
      `was not sent ${downgrade ? 'in clear text' : 'there'}.`,
    false,
    {
      hint: /^https?:$/.test(to.protocol)
        ? `Check base-url: if ${to.origin} is the API, use it as base-url.`
        : 'Check base-url and any gateway in between.'
    }
  )
}

export function tooManyRedirects(host: string, count: number): BalanceFetchError {
  return new BalanceFetchError(`DeepSeek at ${host} redirected more than ${count} times.`, false, {
    hint: 'Check base-url and any gateway in between.'
  })
}

/** Anything thrown by the request itself, as an error that says whether a retry may help. */
export function toFetchError(error: unknown, url: string): BalanceFetchError {
  if (error instanceof BalanceFetchError) return error
  const host = new URL(url).host
  const rawCode = (error as { code?: unknown } | null)?.code
  const code = typeof rawCode === 'string' ? rawCode : undefined
  const message = error instanceof Error ? error.message : String(error)
  // http-client's proxy agent (tunnel) reports every proxy failure with this text and ECONNRESET.
  const tunnel = /^tunneling socket could not be established, (.*)$/.exec(message)
  if (tunnel) return proxyError(host, url, tunnel[1] ?? '')
  if (code !== undefined && TLS_ERRORS.has(code)) {
    return new BalanceFetchError(
      `Could not reach DeepSeek at ${host}: its TLS certificate is not trusted (${code}).`,
      false,
      {
        hint:
          'If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; ' +
          'otherwise check base-url.'
      }
    )
  }
  const reason = code === undefined ? undefined : NETWORK_ERRORS[code]
  if (code !== undefined && reason !== undefined) {
    return new BalanceFetchError(
      `Could not reach DeepSeek at ${host}: ${reason} (${code}).`,
      true,
      {
        hint: CHECK_NETWORK
      }
    )
  }
  const shown = message.replace(/\.$/, '') + (code === undefined ? '' : ` (${code})`)
  return new BalanceFetchError(`The request to DeepSeek at ${host} failed: ${shown}.`, false, {
    hint: CHECK_NETWORK
  })
}

function proxyError(host: string, url: string, cause: string): BalanceFetchError {
  const proxyUrl = getProxyUrl(url)
  // Only host and port: a proxy URL can carry credentials.
  const proxy = proxyUrl ? new URL(proxyUrl).host : 'the proxy'
  const status = /^statusCode=(\d+)/.exec(cause)?.[1]
  const what = status
    ? `the proxy answered HTTP ${status} to CONNECT`
    : cause.replace(/^cause=/, '')
  const denied = status !== undefined && status.startsWith('4')
  return new BalanceFetchError(
    `Could not reach DeepSeek at ${host} through the proxy ${proxy}: ${what}.`,
    !denied,
    {
      hint: denied
        ? 'The proxy refused the tunnel: check its credentials in HTTPS_PROXY, or add the host to NO_PROXY.'
        : 'Check that the proxy in HTTPS_PROXY / HTTP_PROXY is up, or add the host to NO_PROXY.'
    }
  )
}

const TLS_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

// Errors of the network, worth another attempt. Any other code (a bad header, a bad URL) is final.
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ECONNABORTED: 'the connection was aborted',
  EPIPE: 'the connection was closed',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved for now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ENETDOWN: 'the network is down'
}
