import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { type AddressInfo, createServer, type Socket } from 'node:net'
import { type BalanceRequest, readBalance as fetchBalance } from '../src/read/read-balance.js'
import type { Clock } from '../src/read/retry.js'
import { MAX_BODY_BYTES } from '../src/read/transport.js'
import { forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { BalanceFetchError } from '../src/errors.js'
import { USER_AGENT } from '../src/base/version.js'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { closedPort } from './support/ports.js'

// Real HTTP against the emulator on 127.0.0.1; only the waits between attempts are recorded
// instead of slept, so the retry policy can be checked without a slow suite. The end-to-end
// suite runs the real waits.
const KEY = 'sk-client0test0key0000000000000000'
const emulators: DeepSeekEmulator[] = []
const silent = { debug: () => undefined, info: () => undefined }

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

function request(url: string, overrides: Partial<BalanceRequest> = {}): BalanceRequest {
  return {
    url: new URL(`${url}/user/balance`),
    apiKey: KEY,
    timeoutMs: 2000,
    retries: 2,
    ...overrides
  }
}

async function failure(promise: Promise<unknown>): Promise<BalanceFetchError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof BalanceFetchError) return error
    throw error
  }
  throw new Error('expected a BalanceFetchError')
}

describe('fetchBalance', () => {
  it('sends the key, Accept and a User-Agent naming the action, and reads the balance', async () => {
    const emulator = await emulate({ json: FUNDED_BALANCE })
    const result = await fetchBalance(request(emulator.url), silent, recordingClock())
    expect(result.attempts).toBe(1)
    expect(result.balance.rows.map(row => row.currency)).toEqual(['CNY', 'USD'])
    expect(emulator.requests).toHaveLength(1)
    expect(emulator.requests[0]).toMatchObject({
      method: 'GET',
      url: '/user/balance',
      headers: { authorization: `Bearer ${KEY}`, accept: 'application/json' }
    })
    expect(emulator.requests[0]?.headers['user-agent']).toContain(USER_AGENT)
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
    const result = await fetchBalance(request(emulator.url, { retries: 4 }), silent, clock)
    expect(result.attempts).toBe(5)
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
    await fetchBalance(request(emulator.url, { retries: 3 }), silent, clock)
    expect(clock.sleeps[0]).toBe(3000)
    expect(clock.sleeps[1]).toBeGreaterThan(0)
    expect(clock.sleeps[1]).toBeLessThanOrEqual(3000)
    expect(clock.sleeps[2]).toBe(60000)
  })

  it('gives up after retries + 1 attempts and says what the last one got', async () => {
    const emulator = await emulate({ status: 500, json: { error: { message: 'Server Error' } } })
    const error = await failure(
      fetchBalance(request(emulator.url, { retries: 2 }), silent, recordingClock())
    )
    expect(emulator.requests).toHaveLength(3)
    expect(error.message).toMatch(
      /^DeepSeek had a server error \(HTTP 500: Server Error\)\. 3 attempts over \d+\.\d s\.$/
    )
  })

  it.each([
    [400, 'DeepSeek refused the request (HTTP 400'],
    [401, 'DeepSeek rejected the API key (HTTP 401'],
    [402, 'DeepSeek reports insufficient balance (HTTP 402'],
    [404, 'DeepSeek refused the request (HTTP 404'],
    [422, 'DeepSeek refused the request (HTTP 422']
  ])('does not retry HTTP %i', async (status, message) => {
    const emulator = await emulate({ status, json: { error: { message: 'Nope' } } })
    const clock = recordingClock()
    const error = await failure(fetchBalance(request(emulator.url), silent, clock))
    expect(emulator.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(error.message).toContain(`${message}: Nope)`)
  })

  it('removes the key from a message that echoes it back', async () => {
    const emulator = await startDeepSeekEmulator({ apiKey: 'sk-the-right-one' })
    emulators.push(emulator)
    const error = await failure(fetchBalance(request(emulator.url), silent, recordingClock()))
    expect(error.message).toContain('Your api key: *** is invalid')
    expect(error.message).not.toContain(KEY)
  })

  it('retries a refused connection', async () => {
    const port = await closedPort()
    const clock = recordingClock()
    const error = await failure(
      fetchBalance(request(`http://127.0.0.1:${port}`, { retries: 1 }), silent, clock)
    )
    expect(clock.sleeps).toHaveLength(1)
    expect(error.message).toMatch(
      /^Could not reach DeepSeek at 127\.0\.0\.1:\d+: the connection was refused \(ECONNREFUSED\)\. 2 attempts/
    )
  })

  it('retries a connection reset before or during the body', async () => {
    const emulator = await emulate(
      { destroy: true },
      { resetAfterBytes: 20, json: FUNDED_BALANCE },
      { json: FUNDED_BALANCE }
    )
    const result = await fetchBalance(request(emulator.url), silent, recordingClock())
    expect(result.attempts).toBe(3)
  })

  it('ends an attempt at the deadline when the server never answers', async () => {
    const emulator = await emulate({ hang: true })
    const started = Date.now()
    const error = await failure(
      fetchBalance(request(emulator.url, { timeoutMs: 300, retries: 1 }), silent, recordingClock())
    )
    expect(emulator.requests).toHaveLength(2)
    expect(error.message).toMatch(/^DeepSeek did not answer within the 300 ms timeout\. 2 attempts/)
    expect(Date.now() - started).toBeLessThan(2 * 300 + 5000)
  })

  it('ends an attempt at the deadline when the body trickles forever', async () => {
    const emulator = await emulate({ trickle: true, trickleEveryMs: 50 })
    const started = Date.now()
    const error = await failure(
      fetchBalance(request(emulator.url, { timeoutMs: 400, retries: 0 }), silent, recordingClock())
    )
    expect(error.message).toContain(
      'within the 400 ms timeout (the headers came, the body did not finish)'
    )
    expect(Date.now() - started).toBeLessThan(400 + 5000)
  })

  it('waits through blank lines that arrive within the deadline', async () => {
    const emulator = await emulate({ blankLinesMs: 300, json: FUNDED_BALANCE })
    const result = await fetchBalance(
      request(emulator.url, { timeoutMs: 5000 }),
      silent,
      recordingClock()
    )
    expect(result.balance.isAvailable).toBe(true)
  })

  it('stops reading a body over 1 MiB and does not retry', async () => {
    const emulator = await emulate({ bodyBytes: MAX_BODY_BYTES + 10 })
    const error = await failure(fetchBalance(request(emulator.url), silent, recordingClock()))
    expect(emulator.requests).toHaveLength(1)
    expect(error.message).toContain('larger than 1 MiB')
  })

  it('accepts a body of just under 1 MiB of leading whitespace before the balance', async () => {
    const body = `${' '.repeat(MAX_BODY_BYTES - 1000)}${JSON.stringify(FUNDED_BALANCE)}`
    const emulator = await emulate({ body })
    const result = await fetchBalance(request(emulator.url), silent, recordingClock())
    expect(result.balance.rows).toHaveLength(2)
  })

  it('describes an HTML page from a captive portal without retrying', async () => {
    const emulator = await emulate({
      headers: { 'content-type': 'text/html' },
      body: `<html><title>Wi-Fi login ${KEY}</title></html>`
    })
    const error = await failure(fetchBalance(request(emulator.url), silent, recordingClock()))
    expect(emulator.requests).toHaveLength(1)
    expect(error.message).toContain(
      'a body that is not JSON, not a balance (content-type text/html, body starting "<html><title>Wi-Fi login ***</title></html>")'
    )
  })

  it('follows redirects within the origin with the key, including relative ones', async () => {
    const sameOrigin = await emulate(
      { status: 301, headers: { location: '/gateway/user/balance' } },
      { status: 308, headers: { location: 'user/balance' } },
      { json: FUNDED_BALANCE }
    )
    const result = await fetchBalance(request(sameOrigin.url), silent, recordingClock())
    expect(result.balance.isAvailable).toBe(true)
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
    const error = await failure(fetchBalance(request(origin.url), silent, recordingClock()))
    expect(origin.requests).toHaveLength(1)
    expect(target.requests).toHaveLength(0)
    expect(error.message).toBe(
      `DeepSeek at ${new URL(origin.url).host} redirected to ${shown(target.url)}; the redirect was not followed, so the key was not sent there. 1 attempt over ${/\d+\.\d s/.exec(error.message)?.[0]}.`
    )
    expect(error.retryable).toBe(false)
  })

  it('does not retry 501, 505 or 511, which another attempt would get again', async () => {
    for (const status of [501, 505, 511]) {
      const emulator = await emulate({ status, body: 'Network Authentication Required' })
      const error = await failure(fetchBalance(request(emulator.url), silent, recordingClock()))
      expect(emulator.requests).toHaveLength(1)
      expect(error.message).toContain(`DeepSeek, or something in between, answered HTTP ${status}`)
    }
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
      const error = await failure(
        fetchBalance(request(`http://127.0.0.1:${address.port}`), silent, recordingClock())
      )
      expect(connections).toHaveLength(1)
      expect(error.message).toMatch(
        /^The request to DeepSeek at 127\.0\.0\.1:\d+ failed: .*\(HPE_[A-Z_]+\)\. 1 attempt/
      )
      expect(error.retryable).toBe(false)
    } finally {
      for (const socket of connections) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  })

  it('gives up after five redirects', async () => {
    const emulator = await emulate({ status: 302, headers: { location: '/user/balance' } })
    const error = await failure(fetchBalance(request(emulator.url), silent, recordingClock()))
    expect(emulator.requests).toHaveLength(6)
    expect(error.message).toMatch(/redirected more than 5 times\. 1 attempt/)
  })

  it('logs each retry with what went wrong', async () => {
    const emulator = await emulate(
      { status: 503, json: { error: { message: 'Server Overloaded' } } },
      { json: FUNDED_BALANCE }
    )
    const info: string[] = []
    await fetchBalance(
      request(emulator.url),
      { debug: () => undefined, info: message => info.push(message) },
      recordingClock()
    )
    expect(info).toEqual([
      'Attempt 1 of 3 failed: DeepSeek had a server error (HTTP 503: Server Overloaded). Retrying in 1.0 s.'
    ])
  })
})
