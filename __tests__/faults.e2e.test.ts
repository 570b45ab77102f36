import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { type ActionRun, runAction } from '../emulator/runner.mjs'
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, JITTER } from '../src/read/retry.js'
import { expectKeyOnlyInMask, expectOneCleanError } from './support/action-run.js'
import { startConnectProxy } from './support/connect-proxy.js'
import { closedPort } from './support/ports.js'

// Fault injection through dist/index.js, run as the runner runs it. Each case checks the exit
// code, `status`, how many requests the server saw, and that the run ended within
//   (retries + 1) × timeout + backoff + 1 s
// plus a wide allowance for starting Node on a slow, busy machine. Speed is measured by the
// benchmark, not here.
const KEY = 'sk-fault0key0f1e2d3c4b5a6978869a0b1c'
const START_ALLOWANCE_MS = 8000
// A self-signed certificate for deepseek-emulator.test, trusted by the action only where a test
// passes it in NODE_EXTRA_CA_CERTS.
const CERT_PATH = fileURLToPath(new URL('fixtures/tls/cert.pem', import.meta.url))
const TLS = {
  cert: readFileSync(CERT_PATH),
  key: readFileSync(fileURLToPath(new URL('fixtures/tls/key.pem', import.meta.url)))
}

interface Case {
  responses: EmulatedResponse[]
  inputs?: Record<string, string>
  env?: Record<string, string>
}

async function runCase({ responses, inputs = {}, env = {} }: Case) {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, responses })
  try {
    const run = await runAction({
      inputs: {
        'api-key': KEY,
        'base-url': emulator.url,
        timeout: '1000',
        retries: '0',
        ...inputs
      },
      env
    })
    expectKeyOnlyInMask(run, KEY)
    return { run, attempts: emulator.requests.length }
  } finally {
    await emulator.close()
  }
}

/** The bound for a run: every attempt's deadline, every backoff at its longest, 1 s. */
function boundMs(timeoutMs: number, retries: number, retryAfterMs: number[] = []): number {
  let backoff = 0
  for (let retry = 1; retry <= retries; retry++) {
    const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)) * (1 + JITTER)
    backoff += retryAfterMs[retry - 1] ?? exponential
  }
  return (retries + 1) * timeoutMs + backoff + 1000 + START_ALLOWANCE_MS
}

function expectError(run: ActionRun, message: RegExp | string): void {
  expect(run.exitCode).toBe(1)
  expect(run.outputs).toEqual({ status: 'error', sufficient: 'false', message: expect.any(String) })
  const error = expectOneCleanError(run)
  // The message output is the annotation's text, as printed.
  expect(error.slice(error.indexOf('::', 2) + 2)).toBe(run.outputs.message)
  if (typeof message === 'string') expect(error).toContain(message)
  else expect(error).toMatch(message)
  expect(run.summary).toContain('could not check')
}

describe('stalls end at the deadline', () => {
  it.concurrent('a server that never answers, with one retry', async () => {
    const { run, attempts } = await runCase({
      responses: [{ hang: true }],
      inputs: { timeout: '700', retries: '1' }
    })
    expectError(
      run,
      /DeepSeek did not answer within the 700 ms timeout\. 2 attempts over \d+\.\d s\./
    )
    expect(attempts).toBe(2)
    expect(run.elapsedMs).toBeLessThan(boundMs(700, 1))
  })

  it.concurrent('headers, then a body that trickles a space every 100 ms forever', async () => {
    const { run, attempts } = await runCase({
      responses: [{ trickle: true, trickleEveryMs: 100 }],
      inputs: { timeout: '1000' }
    })
    expectError(run, 'the headers came, the body did not finish')
    expect(attempts).toBe(1)
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 0))
  })

  it.concurrent(
    'blank lines within the deadline, as a busy DeepSeek sends them, then the balance',
    async () => {
      const { run, attempts } = await runCase({
        responses: [{ blankLinesMs: 500, json: FUNDED_BALANCE }],
        inputs: { timeout: '5000' }
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('ok')
      expect(attempts).toBe(1)
    }
  )

  it.concurrent(
    'the process exits as soon as the work is done, not when a deadline timer would fire',
    async () => {
      const { run } = await runCase({
        responses: [{ json: FUNDED_BALANCE }],
        inputs: { timeout: '60000' }
      })
      expect(run.exitCode).toBe(0)
      expect(run.elapsedMs).toBeLessThan(30000)
    }
  )
})

describe('transient failures are retried', () => {
  it.concurrent('a refused connection', async () => {
    const port = await closedPort()
    const run = await runAction({
      inputs: {
        'api-key': KEY,
        'base-url': `http://127.0.0.1:${port}`,
        timeout: '1000',
        retries: '1'
      }
    })
    expectError(
      run,
      /Could not reach DeepSeek at 127\.0\.0\.1:\d+: the connection was refused \(ECONNREFUSED\)\. 2 attempts over/
    )
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 1))
  })

  it.concurrent('a connection reset in the middle of the body, then success', async () => {
    const { run, attempts } = await runCase({
      responses: [{ resetAfterBytes: 30, json: FUNDED_BALANCE }, { json: FUNDED_BALANCE }],
      inputs: { retries: '1' }
    })
    expect(run.exitCode).toBe(0)
    expect(attempts).toBe(2)
    expect(run.stdout).toContain('Attempt 1 of 2 failed: Could not reach DeepSeek')
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 1))
  })

  it.concurrent('429 with Retry-After, which sets the wait', async () => {
    const { run, attempts } = await runCase({
      responses: [
        {
          status: 429,
          headers: { 'retry-after': '2' },
          json: { error: { message: 'Rate Limit Reached' } }
        },
        { json: FUNDED_BALANCE }
      ],
      inputs: { retries: '1' }
    })
    expect(run.exitCode).toBe(0)
    expect(attempts).toBe(2)
    expect(run.stdout).toContain(
      'Attempt 1 of 2 failed: DeepSeek rate-limited the request (HTTP 429: Rate Limit Reached). Retrying in 2.0 s.'
    )
    expect(run.elapsedMs).toBeGreaterThanOrEqual(2000)
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 1, [2000]))
  })

  it.concurrent('429 without Retry-After, with backoff', async () => {
    const { run, attempts } = await runCase({
      responses: [{ status: 429 }, { json: FUNDED_BALANCE }],
      inputs: { retries: '1' }
    })
    expect(run.exitCode).toBe(0)
    expect(attempts).toBe(2)
    expect(run.elapsedMs).toBeGreaterThanOrEqual(BACKOFF_BASE_MS * (1 - JITTER))
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 1))
  })

  it.concurrent('500, then 503, then success', async () => {
    const { run, attempts } = await runCase({
      responses: [{ status: 500 }, { status: 503 }, { json: FUNDED_BALANCE }],
      inputs: { retries: '2', 'min-balance': '1' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expect(attempts).toBe(3)
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 2))
  })

  it.concurrent('500 forever: gives up after retries + 1 attempts and says so', async () => {
    const { run, attempts } = await runCase({
      responses: [{ status: 500, json: { error: { message: 'Server Error' } } }],
      inputs: { retries: '2' }
    })
    expectError(
      run,
      /DeepSeek had a server error \(HTTP 500: Server Error\)\. 3 attempts over \d+\.\d s\./
    )
    expect(attempts).toBe(3)
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 2))
  })
})

describe('final answers are not retried', () => {
  it.concurrent('401, with the echoed key removed', async () => {
    const emulator = await startDeepSeekEmulator({ apiKey: 'sk-the-account-key' })
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '3' }
      })
      expectError(
        run,
        /DeepSeek rejected the API key \(HTTP 401: Authentication Fails, Your api key: \*\*\* is invalid\)\. 1 attempt over .* Check the secret passed as api-key/
      )
      expect(emulator.requests).toHaveLength(1)
      expectKeyOnlyInMask(run, KEY)
    } finally {
      await emulator.close()
    }
  })

  it.concurrent.each(['full', 'masked', 'prefix', 'escaped'] as const)(
    '401 echoing the key (%s): no piece of it reaches the log, outputs or summary',
    async echo => {
      const emulator = await startDeepSeekEmulator({ apiKey: 'sk-the-account-key', echo })
      try {
        const run = await runAction({ inputs: { 'api-key': KEY, 'base-url': emulator.url } })
        expectError(
          run,
          /DeepSeek rejected the API key \(HTTP 401: Authentication Fails, Your api key: \*\*\*(\.\.\.)? is invalid\)/
        )
        expectKeyOnlyInMask(run, KEY)
        const log = run.stdout.replace(`::add-mask::${KEY}`, '')
        expect(log + run.summary).not.toContain(KEY.slice(-4))
      } finally {
        await emulator.close()
      }
    }
  )

  it.concurrent('402', async () => {
    const { run, attempts } = await runCase({
      responses: [{ status: 402, json: { error: { message: 'Insufficient Balance' } } }],
      inputs: { retries: '3' }
    })
    expectError(run, 'DeepSeek reports insufficient balance (HTTP 402: Insufficient Balance)')
    expect(attempts).toBe(1)
  })

  it.concurrent.each<[string, EmulatedResponse, string]>([
    [
      'an HTML page from a captive portal',
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><title>Sign in to Wi-Fi</title>'
      },
      'DeepSeek answered with a body that is not JSON, not a balance (content-type text/html; charset=utf-8, body starting "<!doctype html><html><title>Sign in to Wi-Fi</title>")'
    ],
    [
      'truncated JSON',
      { body: '{"is_available":true,"balance_infos":[{"currency":"CNY","total_' },
      'a body that is not JSON'
    ],
    [
      'JSON of another shape',
      { json: { object: 'list', data: [] } },
      'JSON without is_available and balance_infos'
    ],
    ['a body over 1 MiB', { bodyBytes: 2 * 1024 * 1024 }, 'larger than 1 MiB'],
    [
      'a body that echoes the key',
      { headers: { 'content-type': 'text/plain' }, body: `proxy error for Bearer ${KEY}` },
      'body starting "proxy error for Bearer ***"'
    ]
  ])('%s', async (_name, response, message) => {
    const { run, attempts } = await runCase({ responses: [response], inputs: { retries: '2' } })
    expectError(run, message)
    expect(attempts).toBe(1)
    expect(run.elapsedMs).toBeLessThan(boundMs(1000, 0))
  })
})

describe('proxies', () => {
  // http-client never proxies loopback, so the emulator is named by a host only the proxy knows.
  const HOST = 'deepseek-emulator.test'

  /** Runs the action against the emulator, named HOST, with a tunnelling proxy on 127.0.0.1. */
  async function runViaProxy(
    inputs: Record<string, string>,
    env: (proxy: string) => Record<string, string>
  ) {
    const proxy = await startConnectProxy({ [HOST]: '127.0.0.1' })
    const emulator = await startDeepSeekEmulator({ apiKey: KEY })
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': `http://${HOST}:${emulator.port}`, ...inputs },
        env: env(proxy.url)
      })
      return { run, tunnels: proxy.tunnels, requests: emulator.requests, port: emulator.port }
    } finally {
      await Promise.all([proxy.close(), emulator.close()])
    }
  }

  it.concurrent.each(['HTTP_PROXY', 'http_proxy'])(
    'goes through the proxy named by %s',
    async variable => {
      const { run, tunnels, requests, port } = await runViaProxy(
        { retries: '0', timeout: '60000' },
        proxy => ({ [variable]: proxy })
      )
      expect(run.exitCode).toBe(0)
      // Nothing of the tunnel holds the process open until the deadline.
      expect(run.elapsedMs).toBeLessThan(30000)
      expect(run.outputs.status).toBe('ok')
      expect(tunnels).toEqual([`${HOST}:${port}`])
      expect(requests).toHaveLength(1)
      expectKeyOnlyInMask(run, KEY)
    }
  )

  it.concurrent('bypasses the proxy for hosts in NO_PROXY', async () => {
    const { run, tunnels, port } = await runViaProxy({ retries: '0', timeout: '2000' }, proxy => ({
      HTTP_PROXY: proxy,
      NO_PROXY: 'localhost,.test'
    }))
    // Without the proxy the made-up host cannot be reached at all.
    expectError(run, `Could not reach DeepSeek at ${HOST}:${port}`)
    expect(tunnels).toEqual([])
    expect(run.elapsedMs).toBeLessThan(boundMs(2000, 0))
  })

  it.concurrent('retries a proxy that cannot open the tunnel, and names the proxy', async () => {
    const proxy = await startConnectProxy({})
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': `http://${HOST}:9`, retries: '1', timeout: '2000' },
        env: { HTTP_PROXY: proxy.url }
      })
      const proxyHost = new URL(proxy.url).host
      expectError(
        run,
        `Could not reach DeepSeek at ${HOST}:9 through the proxy ${proxyHost}: the proxy answered HTTP 502 to CONNECT. 2 attempts`
      )
      expect(proxy.tunnels).toEqual([`${HOST}:9`, `${HOST}:9`])
    } finally {
      await proxy.close()
    }
  })

  it.concurrent('does not retry a proxy that wants credentials', async () => {
    const proxy = await startConnectProxy({}, 'require-auth')
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': `http://${HOST}:9`, retries: '3' },
        env: { HTTP_PROXY: proxy.url.replace('http://', 'http://user:s3cret-pass@') }
      })
      expectError(run, /the proxy answered HTTP 407 to CONNECT\. 1 attempt .*check its credentials/)
      expect(run.stdout).not.toContain('s3cret-pass')
      expect(proxy.tunnels).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })

  it.concurrent('ends at the deadline when the proxy never answers CONNECT', async () => {
    const proxy = await startConnectProxy({}, 'stall')
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': `https://${HOST}`, retries: '1', timeout: '700' },
        env: { HTTPS_PROXY: proxy.url }
      })
      expectError(run, /DeepSeek did not answer within the 700 ms timeout\. 2 attempts/)
      expect(proxy.tunnels).toEqual([`${HOST}:443`, `${HOST}:443`])
      expect(run.elapsedMs).toBeLessThan(boundMs(700, 1))
    } finally {
      await proxy.close()
    }
  })

  it.concurrent('goes through HTTPS_PROXY to an HTTPS API, checking its certificate', async () => {
    const proxy = await startConnectProxy({ [HOST]: '127.0.0.1' })
    const emulator = await startDeepSeekEmulator({ apiKey: KEY, tls: TLS })
    try {
      const inputs = {
        'api-key': KEY,
        'base-url': `https://${HOST}:${emulator.port}`,
        retries: '1'
      }
      const trusted = await runAction({
        inputs,
        env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: CERT_PATH }
      })
      expect(trusted.exitCode).toBe(0)
      expect(trusted.outputs.status).toBe('ok')
      expect(emulator.requests).toHaveLength(1)

      const untrusted = await runAction({ inputs, env: { HTTPS_PROXY: proxy.url } })
      expectError(
        untrusted,
        /its TLS certificate is not trusted \([A-Z_]+\)\. 1 attempt over .* NODE_EXTRA_CA_CERTS/
      )
      expect(proxy.tunnels).toEqual([`${HOST}:${emulator.port}`, `${HOST}:${emulator.port}`])
      expect(emulator.requests).toHaveLength(1)
      expectKeyOnlyInMask(untrusted, KEY)
    } finally {
      await Promise.all([proxy.close(), emulator.close()])
    }
  })
})

describe('redirects', () => {
  it.concurrent("ends at the deadline when a redirect's body never finishes", async () => {
    const { run, attempts } = await runCase({
      responses: [{ status: 302, headers: { location: '/elsewhere/user/balance' }, trickle: true }],
      inputs: { timeout: '800', retries: '1' }
    })
    expectError(
      run,
      /did not answer within the 800 ms timeout \(the headers came, the body did not finish\)\. 2 attempts/
    )
    expect(attempts).toBe(2)
    expect(run.elapsedMs).toBeLessThan(boundMs(800, 1))
  })

  it.concurrent(
    'refuses a redirect from HTTPS to HTTP, so the key never travels in clear text',
    async () => {
      const plain = await startDeepSeekEmulator({ apiKey: KEY })
      const secure = await startDeepSeekEmulator({
        tls: TLS,
        responses: [{ status: 301, headers: { location: `${plain.url}/user/balance` } }]
      })
      try {
        const run = await runAction({
          inputs: { 'api-key': KEY, 'base-url': secure.url, retries: '2' },
          env: { NODE_EXTRA_CA_CERTS: CERT_PATH }
        })
        expectError(
          run,
          /redirected to http:\/\/127\.0\.0\.1:\d+; the redirect was not followed, so the key was not sent in clear text\. 1 attempt/
        )
        expect(secure.requests).toHaveLength(1)
        expect(plain.requests).toHaveLength(0)
      } finally {
        await Promise.all([plain.close(), secure.close()])
      }
    }
  )
})
