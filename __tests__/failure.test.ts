import { describe, expect, it } from '@jest/globals'
import {
  BalanceReadError,
  FetchError,
  type FetchFailure,
  bodyStart,
  errorDetail,
  requestFailure
} from '../src/read/failure.js'
import { isRetried } from '../src/read/retry.js'

// Failures as data: what a thrown error, an error body or a body start becomes. Retrying is
// retry.test.ts's and client.test.ts's; the words, messages'.
const target = new URL('https://user:pw@api.deepseek.com:8443/user/balance?x=1')
const proxy = new URL('http://u:s3cret@proxy.example:3128')
const host = 'api.deepseek.com:8443'

function thrown(message: string, code?: unknown): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code })
}

describe('requestFailure', () => {
  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID'
  ])('calls %s a TLS failure, which another attempt would meet again', code => {
    const failure = requestFailure(thrown('certificate trouble', code), target, undefined)
    expect(failure).toEqual({ kind: 'tls', host, code })
    expect(isRetried(failure)).toBe(false)
  })

  it('names the host without credentials, and the name that did not resolve without a port', () => {
    expect(requestFailure(thrown('getaddrinfo EAI_AGAIN', 'EAI_AGAIN'), target, undefined)).toEqual(
      { kind: 'name-not-resolved', host, name: 'api.deepseek.com', code: 'EAI_AGAIN' }
    )
  })

  it("reads http-client's proxy failures: a status, or the cause without its label", () => {
    const tunnel = (cause: string): FetchFailure =>
      requestFailure(thrown(`tunneling socket could not be established, ${cause}`), target, proxy)
    const through = { kind: 'proxy', host, proxy: 'proxy.example:3128' }
    expect(tunnel('statusCode=407')).toEqual({ ...through, answer: { status: 407 } })
    expect(tunnel('cause=connect ECONNREFUSED 127.0.0.1:3128')).toEqual({
      ...through,
      answer: { error: 'connect ECONNREFUSED 127.0.0.1:3128' }
    })
    // Only a cause that starts with the status is a status; only a leading label is removed.
    expect(tunnel('cause=Error: statusCode=502 upstream')).toEqual({
      ...through,
      answer: { error: 'Error: statusCode=502 upstream' }
    })
    expect(tunnel('because=1')).toEqual({ ...through, answer: { error: 'because=1' } })
  })

  it('names no proxy when none was set', () => {
    const failure = requestFailure(
      thrown('tunneling socket could not be established, statusCode=502'),
      target,
      undefined
    )
    expect(failure).toEqual({ kind: 'proxy', host, proxy: undefined, answer: { status: 502 } })
  })

  it('takes only the whole of a message, on one line, as the tunnel failure', () => {
    expect(
      requestFailure(
        thrown('proxy says: tunneling socket could not be established, statusCode=407'),
        target,
        proxy
      )
    ).toEqual({
      kind: 'request',
      host,
      error: 'proxy says: tunneling socket could not be established, statusCode=407'
    })
    expect(
      requestFailure(
        thrown('tunneling socket could not be established, statusCode=407\nmore'),
        target,
        proxy
      )
    ).toEqual({
      kind: 'request',
      host,
      error: 'tunneling socket could not be established, statusCode=407 more'
    })
  })

  it('shows any other error by its message without the final full stop, and its code', () => {
    expect(requestFailure(thrown('connect EWEIRD 1.2.3.4.', 'EWEIRD'), target, undefined)).toEqual({
      kind: 'request',
      host,
      error: 'connect EWEIRD 1.2.3.4 (EWEIRD)'
    })
    expect(requestFailure(thrown('socket closed.'), target, undefined)).toEqual({
      kind: 'request',
      host,
      error: 'socket closed'
    })
    // A code that is not a string is no code.
    expect(requestFailure(thrown('odd', 42), target, undefined)).toEqual({
      kind: 'request',
      host,
      error: 'odd'
    })
    expect(requestFailure('a string', target, undefined)).toEqual({
      kind: 'request',
      host,
      error: 'a string'
    })
    expect(requestFailure(null, target, undefined)).toEqual({
      kind: 'request',
      host,
      error: 'null'
    })
  })

  it('passes on the failure of a FetchError as it is', () => {
    const failure: FetchFailure = { kind: 'body-too-large', limitBytes: 10 }
    expect(requestFailure(new FetchError(failure), target, proxy)).toBe(failure)
  })
})

describe('errorDetail', () => {
  it.each([
    ['', { none: true }],
    ['  \n', { none: true }],
    ['{"error":{"message":"Authentication Fails"}}', { message: 'Authentication Fails' }],
    ['{"message":"quota exceeded"}', { message: 'quota exceeded' }],
    // A message that is not text gives way to a top-level one.
    ['{"error":{"message":42},"message":"top"}', { message: 'top' }],
    // A blank message says nothing: the body does.
    [
      '{"error":{"message":"  "}}',
      { body: { contentType: 'application/json', start: '{"error":{"message":" "}}' } }
    ],
    ['null', { body: { contentType: 'application/json', start: 'null' } }],
    ['<html>busy</html>', { body: { contentType: 'application/json', start: '<html>busy</html>' } }]
  ])('reads %j as %j', (body, detail) => {
    expect(errorDetail(body, 'application/json')).toEqual(detail)
  })
})

describe('bodyStart', () => {
  it('keeps 80 characters of the body and 60 of the content type, and no empty type', () => {
    expect(bodyStart('x'.repeat(100), 'y'.repeat(100))).toEqual({
      contentType: `${'y'.repeat(59)}…`,
      start: `${'x'.repeat(79)}…`
    })
    expect(bodyStart('', '')).toEqual({ contentType: undefined, start: '' })
  })
})

describe('FetchError and BalanceReadError', () => {
  const failure: FetchFailure = { kind: 'timeout', timeoutMs: 1, headersReceived: false }

  it('are named, say the kind, and carry a cause only when given one', () => {
    const root = new Error('socket')
    const bare = new FetchError(failure)
    expect(bare).toMatchObject({ name: 'FetchError', message: 'timeout', failure })
    expect('cause' in bare).toBe(false)
    expect(new FetchError(failure, root).cause).toBe(root)

    const last = new BalanceReadError(failure, 3, 4200)
    expect(last).toMatchObject({
      name: 'BalanceReadError',
      message: 'timeout',
      failure,
      attempts: 3,
      elapsedMs: 4200
    })
    expect('cause' in last).toBe(false)
    expect(new BalanceReadError(failure, 1, 0, root).cause).toBe(root)
  })
})
