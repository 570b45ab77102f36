import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { type AddressInfo, createServer, type Socket } from 'node:net'
import {
  type BalanceReading,
  type BalanceRequest,
  type ReadProgress,
  readBalance
} from '../src/read/read-balance.js'
import { type FetchFailure, requestFailure } from '../src/read/failure.js'
import { type Clock, isRetried } from '../src/read/retry.js'
import { MAX_BODY_BYTES } from '../src/read/transport.js'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { USER_AGENT } from '../src/base/version.js'
import { failureHint, failureText, findingText, retrying } from '../src/report/messages.js'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { closedPort } from './support/ports.js'

// Real HTTP against the emulator on 127.0.0.1; only the waits between attempts are recorded
// instead of slept, so the retry policy can be checked without a slow suite. The end-to-end
// suite runs the real waits. A failure is data (a kind and clean fields); where the words
// matter, they are read through report/messages.ts.
const KEY = 'sk-client0test0key0000000000000000'
const emulators: DeepSeekEmulator[] = []

beforeAll(() => protectSecret(KEY))
afterAll(() => forgetSecrets())

afterEach(async () => {
  await Promise.all(emulators.splice(0).map(emulator => emulator.close()))
})

async function emulate(...responses: EmulatedResponse[]): Promise<DeepSeekEmulator> {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, responses })
  emulators.push(emulator)
  return emulator
}

function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => Date.now(),
    random: () => 0.5,
    sleep: ms => (sleeps.push(ms), Promise.resolve())
  }
}

type Told =
  | { event: 'started'; attempt: number; maxAttempts: number; url: string }
  | { event: 'succeeded'; attempt: number }
  | {
      event: 'retrying'
      failure: FetchFailure
      attempt: number
      maxAttempts: number
      delayMs: number
    }

/** A progress observer that records what it is told. */
function recordingProgress(): ReadProgress & { told: Told[] } {
  const told: Told[] = []
  return {
    told,
    attemptStarted: (attempt, maxAttempts, url) =>
      told.push({ event: 'started', attempt, maxAttempts, url: url.href }),
    attemptSucceeded: attempt => told.push({ event: 'succeeded', attempt }),
    retrying: (failure, attempt, maxAttempts, delayMs) =>
      told.push({ event: 'retrying', failure, attempt, maxAttempts, delayMs })
  }
}

function request(url: string, overrides: Partial<BalanceRequest> = {}): BalanceRequest {
  return {
    balanceUrl: new URL(`${url}/user/balance`),
    apiKey: KEY,
    timeoutMs: 2000,
    retries: 2,
    ...overrides
  }
}

async function read(
  url: string,
  overrides: Partial<BalanceRequest> = {},
  clock: Clock = recordingClock(),
  progress: ReadProgress = recordingProgress()
): Promise<BalanceReading> {
  return readBalance(request(url, overrides), progress, clock)
}

type Succeeded = Extract<BalanceReading, { ok: true }>
type Failed = Extract<BalanceReading, { ok: false }>

function succeeded(reading: BalanceReading): Succeeded {
  if (!reading.ok) throw new Error(`expected a balance, got ${failureText(reading.failure)}`)
  return reading
}

function failed(reading: BalanceReading): Failed {
  if (reading.ok) throw new Error('expected a failure, got a balance')
  return reading
}

/** The failure of a kind, or a test failure naming the kind it was. */
function failureOf<Kind extends FetchFailure['kind']>(
  reading: BalanceReading,
  kind: Kind
): Extract<FetchFailure, { kind: Kind }> {
  const { failure } = failed(reading)
  if (failure.kind !== kind) throw new Error(`expected ${kind}, got ${failure.kind}`)
  return failure as Extract<FetchFailure, { kind: Kind }>
}

describe('readBalance', () => {
  it('sends the key, Accept and a User-Agent naming the action, and reads the balance', async () => {
    const emulator = await emulate({ json: FUNDED_BALANCE })
    const progress = recordingProgress()
    const reading = succeeded(await read(emulator.url, {}, recordingClock(), progress))
    expect(reading.attempts).toBe(1)
    expect(reading.balance.rows.map(row => row.currency)).toEqual(['CNY', 'USD'])
    expect(emulator.requests).toHaveLength(1)
    expect(emulator.requests[0]).toMatchObject({
      method: 'GET',
      url: '/user/balance',
      headers: { authorization: `Bearer ${KEY}`, accept: 'application/json' }
    })
    expect(emulator.requests[0]?.headers['user-agent']).toContain(USER_AGENT)
    expect(progress.told).toEqual([
      { event: 'started', attempt: 1, maxAttempts: 3, url: `${emulator.url}/user/balance` },
      { event: 'succeeded', attempt: 1 }
    ])
  })

  it('reports how long the reading took', async () => {
    const emulator = await emulate({ delayMs: 100, json: FUNDED_BALANCE })
    const started = Date.now()
    const reading = succeeded(await read(emulator.url))
    const wall = Date.now() - started
    expect(reading.elapsedMs).toBeGreaterThanOrEqual(50)
    expect(reading.elapsedMs).toBeLessThanOrEqual(wall + 50)
  })

  it('retries 500, 502, 503 and 504 with growing backoff, then succeeds', async () => {
    const emulator = await emulate(
      { status: 500 },
      { status: 502 },
      { status: 503 },
      { status: 504 },
      { json: FUNDED_BALANCE }
    )
    const clock = recordingClock()
    const reading = succeeded(await read(emulator.url, { retries: 4 }, clock))
    expect(reading.attempts).toBe(5)
    expect(emulator.requests).toHaveLength(5)
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000])
  })

  it('waits as long as Retry-After asks, in seconds or as a date, capped at 60 s', async () => {
    const inTwoSeconds = new Date(Date.now() + 2500).toUTCString()
    const emulator = await emulate(
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 429, headers: { 'retry-after': inTwoSeconds } },
      { status: 503, headers: { 'retry-after': '86400' } },
      { json: FUNDED_BALANCE }
    )
    const clock = recordingClock()
    succeeded(await read(emulator.url, { retries: 3 }, clock))
    expect(clock.sleeps[0]).toBe(3000)
    expect(clock.sleeps[1]).toBeGreaterThan(0)
    expect(clock.sleeps[1]).toBeLessThanOrEqual(3000)
    expect(clock.sleeps[2]).toBe(60000)
  })

  it('gives up after retries + 1 attempts and says what the last one got', async () => {
    const emulator = await emulate({ status: 500, json: { error: { message: 'Server Error' } } })
    const reading = failed(await read(emulator.url, { retries: 2 }))
    expect(emulator.requests).toHaveLength(3)
    expect(reading.attempts).toBe(3)
    expect(reading.failure).toEqual({
      kind: 'http',
      status: 500,
      detail: { message: 'Server Error' }
    })
    const { failure, attempts, elapsedMs } = reading
    expect(
      findingText({ kind: 'read-failed', failure, attempts, elapsedMs, atEndOfJob: false }, false)
    ).toMatch(
      /^DeepSeek had a server error \(HTTP 500: Server Error\)\. 3 attempts over \d+\.\d s\.$/
    )
    expect(failureHint(failure)).toBe('DeepSeek may be overloaded: raise retries, or try later.')
  })

  it.each([
    [400, 'DeepSeek refused the request (HTTP 400'],
    [401, 'DeepSeek rejected the API key (HTTP 401'],
    [402, 'DeepSeek reports insufficient balance (HTTP 402'],
    [404, 'DeepSeek refused the request (HTTP 404'],
    [422, 'DeepSeek refused the request (HTTP 422']
  ])('does not retry HTTP %i', async (status, text) => {
    const emulator = await emulate({ status, json: { error: { message: 'Nope' } } })
    const clock = recordingClock()
    const reading = await read(emulator.url, {}, clock)
    expect(emulator.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    const failure = failureOf(reading, 'http')
    expect(failure).toEqual({ kind: 'http', status, detail: { message: 'Nope' } })
    expect(failureText(failure)).toBe(`${text}: Nope).`)
  })

  it('does not retry 501, 505 or 511, which another attempt would get again', async () => {
    for (const status of [501, 505, 511]) {
      const emulator = await emulate({
        status,
        headers: { 'content-type': 'text/plain' },
        body: 'Network Authentication Required'
      })
      const reading = await read(emulator.url)
      expect(emulator.requests).toHaveLength(1)
      const failure = failureOf(reading, 'http')
      expect(failure.detail).toEqual({
        body: { contentType: 'text/plain', start: 'Network Authentication Required' }
      })
      expect(failureText(failure)).toContain(
        `DeepSeek, or something in between, answered HTTP ${status}`
      )
      expect(failureHint(failure)).toContain('captive portal')
    }
  })

  it('removes the key from a message that echoes it back', async () => {
    const emulator = await startDeepSeekEmulator({ apiKey: 'sk-the-right-one' })
    emulators.push(emulator)
    const failure = failureOf(await read(emulator.url), 'http')
    expect(failure.status).toBe(401)
    expect(failure.detail).toEqual({
      message: 'Authentication Fails, Your api key: *** is invalid'
    })
    expect(failureText(failure)).not.toContain(KEY)
    expect(failureHint(failure)).toContain('Check the secret passed as api-key')
  })

  it('retries a refused connection', async () => {
    const port = await closedPort()
    const clock = recordingClock()
    const reading = failed(await read(`http://127.0.0.1:${port}`, { retries: 1 }, clock))
    expect(clock.sleeps).toHaveLength(1)
    expect(reading.attempts).toBe(2)
    expect(reading.failure).toEqual({
      kind: 'network',
      host: `127.0.0.1:${port}`,
      code: 'ECONNREFUSED'
    })
    expect(failureText(reading.failure)).toBe(
      `Could not reach DeepSeek at 127.0.0.1:${port}: the connection was refused (ECONNREFUSED).`
    )
  })

  it('retries a connection reset before or during the body', async () => {
    const emulator = await emulate(
      { destroy: true },
      { resetAfterBytes: 20, json: FUNDED_BALANCE },
      { json: FUNDED_BALANCE }
    )
    const progress = recordingProgress()
    const reading = succeeded(await read(emulator.url, {}, recordingClock(), progress))
    expect(reading.attempts).toBe(3)
    const retried = progress.told.flatMap(told =>
      told.event === 'retrying' ? [told.failure.kind] : []
    )
    expect(retried).toHaveLength(2)
    for (const kind of retried) expect(['network', 'closed-early', 'request']).toContain(kind)
  })

  it('ends an attempt at the deadline when the server never answers', async () => {
    const emulator = await emulate({ hang: true })
    const started = Date.now()
    const reading = failed(await read(emulator.url, { timeoutMs: 300, retries: 1 }))
    const wall = Date.now() - started
    expect(emulator.requests).toHaveLength(2)
    expect(reading.attempts).toBe(2)
    expect(reading.failure).toEqual({ kind: 'timeout', timeoutMs: 300, headersReceived: false })
    expect(failureText(reading.failure)).toBe('DeepSeek did not answer within the 300 ms timeout.')
    expect(wall).toBeLessThan(2 * 300 + 5000)
    // Two deadlines of 300 ms, the waits between them recorded, not slept.
    expect(reading.elapsedMs).toBeGreaterThanOrEqual(2 * 300 - 20)
    expect(reading.elapsedMs).toBeLessThanOrEqual(wall + 50)
  })

  it('ends an attempt at the deadline when the body trickles forever', async () => {
    const emulator = await emulate({ trickle: true, trickleEveryMs: 50 })
    const started = Date.now()
    const reading = failed(await read(emulator.url, { timeoutMs: 400, retries: 0 }))
    expect(reading.failure).toEqual({ kind: 'timeout', timeoutMs: 400, headersReceived: true })
    expect(failureText(reading.failure)).toContain(
      'within the 400 ms timeout (the headers came, the body did not finish)'
    )
    expect(Date.now() - started).toBeLessThan(400 + 5000)
  })

  it('waits through blank lines that arrive within the deadline', async () => {
    const emulator = await emulate({ blankLinesMs: 300, json: FUNDED_BALANCE })
    const reading = succeeded(await read(emulator.url, { timeoutMs: 5000 }))
    expect(reading.balance.isAvailable).toBe(true)
  })

  it('stops reading a body over 1 MiB and does not retry', async () => {
    const emulator = await emulate({ bodyBytes: MAX_BODY_BYTES + 10 })
    const reading = await read(emulator.url)
    expect(emulator.requests).toHaveLength(1)
    const failure = failureOf(reading, 'body-too-large')
    expect(failure.limitBytes).toBe(MAX_BODY_BYTES)
    expect(failureText(failure)).toContain('larger than 1 MiB')
  })

  it('accepts a body of just under 1 MiB of leading whitespace before the balance', async () => {
    const body = `${' '.repeat(MAX_BODY_BYTES - 1000)}${JSON.stringify(FUNDED_BALANCE)}`
    const emulator = await emulate({ body })
    const reading = succeeded(await read(emulator.url))
    expect(reading.balance.rows).toHaveLength(2)
  })

  it('describes an HTML page from a captive portal without retrying', async () => {
    const emulator = await emulate({
      headers: { 'content-type': 'text/html' },
      body: `<html><title>Wi-Fi login ${KEY}</title></html>`
    })
    const reading = await read(emulator.url)
    expect(emulator.requests).toHaveLength(1)
    const failure = failureOf(reading, 'not-a-balance')
    expect(failure).toEqual({
      kind: 'not-a-balance',
      problem: { kind: 'not-json' },
      body: { contentType: 'text/html', start: '<html><title>Wi-Fi login ***</title></html>' }
    })
    expect(failureText(failure)).toBe(
      'DeepSeek answered with a body that is not JSON, not a balance (content-type text/html, body starting "<html><title>Wi-Fi login ***</title></html>").'
    )
    expect(failureHint(failure)).toContain('captive portal')
  })

  it('follows redirects within the origin with the key, including relative ones', async () => {
    const sameOrigin = await emulate(
      { status: 301, headers: { location: '/gateway/user/balance' } },
      { status: 308, headers: { location: 'user/balance' } },
      { json: FUNDED_BALANCE }
    )
    const reading = succeeded(await read(sameOrigin.url))
    expect(reading.balance.isAvailable).toBe(true)
    expect(sameOrigin.requests.map(r => [r.url, r.headers.authorization])).toEqual([
      ['/user/balance', `Bearer ${KEY}`],
      ['/gateway/user/balance', `Bearer ${KEY}`],
      ['/gateway/user/user/balance', `Bearer ${KEY}`]
    ])
  })

  it.each([
    ['another port', (url: string) => `${url}/user/balance`, (url: string) => url],
    [
      'another host',
      (url: string) => `${url.replace('127.0.0.1', 'localhost')}/user/balance`,
      (url: string) => url.replace('127.0.0.1', 'localhost')
    ],
    [
      'another scheme',
      (url: string) => `${url.replace('http:', 'https:')}/user/balance`,
      (url: string) => url.replace('http:', 'https:')
    ],
    ['a file: URL', () => 'file:///etc/passwd', () => 'a file: URL']
  ])('does not follow a redirect to %s, nor send the key there', async (_name, location, shown) => {
    const target = await emulate({ json: FUNDED_BALANCE })
    const origin = await emulate({ status: 302, headers: { location: location(target.url) } })
    const reading = failed(await read(origin.url))
    expect(origin.requests).toHaveLength(1)
    expect(target.requests).toHaveLength(0)
    expect(reading.attempts).toBe(1)
    const failure = failureOf(reading, 'redirect-elsewhere')
    expect(failure.downgrade).toBe(false)
    expect(failureText(failure)).toBe(
      `DeepSeek at ${new URL(origin.url).host} redirected to ${shown(target.url)}; the redirect was not followed, so the key was not sent there.`
    )
    expect(isRetried(failure)).toBe(false)
  })

  it('does not retry an answer that is not HTTP at all', async () => {
    const connections: Socket[] = []
    const server = createServer(socket => {
      connections.push(socket)
      socket.end('SSH-2.0-OpenSSH_9.6\r\n')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const address = server.address() as AddressInfo
      const reading = failed(await read(`http://127.0.0.1:${address.port}`))
      expect(connections).toHaveLength(1)
      expect(reading.attempts).toBe(1)
      const failure = failureOf(reading, 'request')
      expect(failure.host).toBe(`127.0.0.1:${address.port}`)
      expect(failure.error).toMatch(/\(HPE_[A-Z_]+\)$/)
      expect(failureText(failure)).toMatch(
        /^The request to DeepSeek at 127\.0\.0\.1:\d+ failed: .*\(HPE_[A-Z_]+\)\.$/
      )
      expect(isRetried(failure)).toBe(false)
    } finally {
      for (const socket of connections) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  })

  it('gives up after five redirects', async () => {
    const emulator = await emulate({ status: 302, headers: { location: '/user/balance' } })
    const reading = failed(await read(emulator.url))
    expect(emulator.requests).toHaveLength(6)
    expect(reading.attempts).toBe(1)
    const failure = failureOf(reading, 'too-many-redirects')
    expect(failure.limit).toBe(5)
    expect(failureText(failure)).toMatch(/redirected more than 5 times\.$/)
  })

  it('tells each retry with what went wrong', async () => {
    const emulator = await emulate(
      { status: 503, json: { error: { message: 'Server Overloaded' } } },
      { json: FUNDED_BALANCE }
    )
    const progress = recordingProgress()
    succeeded(await read(emulator.url, {}, recordingClock(), progress))
    const retries = progress.told.filter(told => told.event === 'retrying')
    expect(retries).toEqual([
      {
        event: 'retrying',
        failure: { kind: 'http', status: 503, detail: { message: 'Server Overloaded' } },
        attempt: 1,
        maxAttempts: 3,
        delayMs: 1000
      }
    ])
    const [first] = retries
    if (first?.event !== 'retrying') throw new Error('no retry told')
    expect(retrying(first.failure, first.attempt, first.maxAttempts, first.delayMs)).toBe(
      'Attempt 1 of 3 failed: DeepSeek had a server error (HTTP 503: Server Overloaded). Retrying in 1.0 s.'
    )
    expect(progress.told.map(told => told.event)).toEqual([
      'started',
      'retrying',
      'started',
      'succeeded'
    ])
  })
})

describe('isRetried', () => {
  const target = new URL('https://api.deepseek.com/user/balance')
  const proxy = new URL('http://user:secret@proxy.example:3128')
  const thrown = (code: string): FetchFailure =>
    requestFailure(Object.assign(new Error(`connect ${code}`), { code }), target, undefined)
  const http = (status: number): FetchFailure => ({ kind: 'http', status, detail: { none: true } })
  const throughProxy = (cause: string): FetchFailure =>
    requestFailure(new Error(`tunneling socket could not be established, ${cause}`), target, proxy)

  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
  ])('retries %s', code => {
    const failure = thrown(code)
    expect(failure).toMatchObject({ host: 'api.deepseek.com', code })
    expect(isRetried(failure)).toBe(true)
  })

  it('does not retry a host name that does not resolve (ENOTFOUND)', () => {
    const failure = thrown('ENOTFOUND')
    expect(failure).toEqual({
      kind: 'name-not-resolved',
      host: 'api.deepseek.com',
      name: 'api.deepseek.com',
      code: 'ENOTFOUND'
    })
    expect(isRetried(failure)).toBe(false)
    expect(failureHint(failure)).toContain('Check base-url for a typo')
  })

  it.each(['EWEIRD', 'ERR_SOMETHING_NEW', 'EPROTO'])(
    'does not retry an error nobody knows the meaning of (%s)',
    code => {
      const failure = thrown(code)
      expect(failure).toEqual({
        kind: 'request',
        host: 'api.deepseek.com',
        error: `connect ${code} (${code})`
      })
      expect(isRetried(failure)).toBe(false)
    }
  )

  it.each([429, 500, 502, 503, 504])('retries HTTP %i', status => {
    expect(isRetried(http(status))).toBe(true)
  })

  it.each([400, 401, 402, 404, 422, 501, 505, 511])('does not retry HTTP %i', status => {
    expect(isRetried(http(status))).toBe(false)
  })

  it('does not retry a proxy that refuses the tunnel (407), and shows no proxy credentials', () => {
    const failure = throughProxy('statusCode=407')
    expect(failure).toEqual({
      kind: 'proxy',
      host: 'api.deepseek.com',
      proxy: 'proxy.example:3128',
      answer: { status: 407 }
    })
    expect(isRetried(failure)).toBe(false)
    expect(failureText(failure)).toBe(
      'Could not reach DeepSeek at api.deepseek.com through the proxy proxy.example:3128: the proxy answered HTTP 407 to CONNECT.'
    )
    expect(failureHint(failure)).toContain('The proxy refused the tunnel')
  })

  it('retries a proxy that answers 502, or that cannot be reached', () => {
    const badGateway = throughProxy('statusCode=502')
    expect(badGateway).toMatchObject({ kind: 'proxy', answer: { status: 502 } })
    expect(isRetried(badGateway)).toBe(true)
    expect(failureHint(badGateway)).toContain('Check that the proxy in HTTPS_PROXY')
    const down = throughProxy('cause=connect ECONNREFUSED 127.0.0.1:3128')
    expect(down).toMatchObject({
      kind: 'proxy',
      answer: { error: 'connect ECONNREFUSED 127.0.0.1:3128' }
    })
    expect(isRetried(down)).toBe(true)
  })

  it('retries a timeout and a connection closed early, and nothing that would come again', () => {
    const host = clean('api.deepseek.com')
    expect(isRetried({ kind: 'timeout', timeoutMs: 1, headersReceived: false })).toBe(true)
    expect(isRetried({ kind: 'closed-early', host })).toBe(true)
    expect(isRetried({ kind: 'body-too-large', limitBytes: 1 })).toBe(false)
    expect(isRetried({ kind: 'tls', host, code: clean('CERT_HAS_EXPIRED') })).toBe(false)
    expect(isRetried({ kind: 'proxy-setting', variable: 'HTTPS_PROXY' })).toBe(false)
    expect(isRetried({ kind: 'redirect-unreadable', from: host })).toBe(false)
  })
})
