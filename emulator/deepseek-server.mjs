// A DeepSeek emulator on 127.0.0.1 for the demo, the tests and the benchmark: it answers
// GET /user/balance like DeepSeek does (rows in random order, echoed keys, blank lines when
// busy) and misbehaves on request (stalls, resets, garbage). Plain JavaScript with no
// dependencies, so `npm run demo` works on a fresh clone without `npm ci`.
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FUNDED_BALANCE = {
  is_available: true,
  balance_infos: [
    {
      currency: 'CNY',
      total_balance: '110.00',
      granted_balance: '10.00',
      topped_up_balance: '100.00'
    },
    { currency: 'USD', total_balance: '5.00', granted_balance: '0.00', topped_up_balance: '5.00' }
  ]
}

/**
 * Starts the emulator. `responses` lists what the 1st, 2nd, … request gets; the last one repeats.
 * A response is an object with any of:
 *   status (200), headers ({}), json (a value to send as JSON), body (a string to send as is),
 *   shuffle (true: balance_infos in random order, as DeepSeek does),
 *   delayMs (wait before the headers), hang (never answer),
 *   blankLinesMs (send headers, then a blank line every 100 ms for that long, then the body),
 *   trickle (send headers, then a space every `trickleEveryMs` (200) ms forever),
 *   resetAfterBytes (send headers and that many bytes of the body, then destroy the socket),
 *   destroy (destroy the socket as soon as the request arrives),
 *   bodyBytes (send a JSON-looking body of that many bytes),
 *   until (a promise: the answer waits for it, then for delayMs; for tests that act in between).
 * With `spendPerRequest` ({ currency: 'CNY', amount: '0.42' }), every balance served is that much
 * lower than the one before (total and topped-up; errors served in between do not count), as an
 * account that CI spends from; a negative amount is a top-up.
 * With `apiKey` set, a request with another key gets 401 with a message that echoes the key it
 * was sent, as some DeepSeek messages do; `echo` says how: 'full', 'masked' (`****` and the last
 * four characters), 'prefix' (the first 12 characters, then `...`) or 'escaped' (the whole key
 * as JSON \u escapes). With `tls` ({ key, cert }) it serves HTTPS.
 */
export async function startDeepSeekEmulator(options = {}) {
  const {
    host = '127.0.0.1',
    port = 0,
    apiKey,
    echo = 'full',
    tls,
    spendPerRequest,
    responses = [{ json: FUNDED_BALANCE }]
  } = options
  const requests = []
  let balancesServed = 0
  const sockets = new Set()
  const timers = new Set()
  const later = (ms, action) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      action()
    }, ms)
    timers.add(timer)
  }

  const handle = (request, response) => {
    const index = requests.length
    requests.push({ method: request.method, url: request.url, headers: request.headers })
    const spec = responses[Math.min(index, responses.length - 1)] ?? {}
    const token = /^Bearer (.*)$/.exec(request.headers.authorization ?? '')?.[1]
    if (request.url !== '/user/balance' && !request.url.endsWith('/user/balance')) {
      return send(response, {
        status: 404,
        json: { error: { message: `No route for ${request.url}` } }
      })
    }
    if (apiKey !== undefined && token !== apiKey) {
      return send(response, { status: 401, body: rejection(token ?? '(none)', echo) })
    }
    if (spec.destroy) return request.socket.destroy()
    if (spec.hang) return
    // Counted in balances served, so that errors served first (503s) take nothing.
    const served =
      spendPerRequest && Array.isArray(spec.json?.balance_infos)
        ? { ...spec, json: drained(spec.json, spendPerRequest, balancesServed++) }
        : spec
    const answer = () => later(spec.delayMs ?? 0, () => send(response, served))
    if (spec.until) Promise.resolve(spec.until).then(answer, answer)
    else answer()
  }
  const server = tls ? createTlsServer(tls, handle) : createServer(handle)

  function send(response, spec) {
    if (response.destroyed) return
    const body = bodyOf(spec)
    const headers = { 'content-type': 'application/json', ...spec.headers }
    if (spec.trickle) {
      response.writeHead(spec.status ?? 200, headers)
      const tick = () => {
        if (response.destroyed) return
        response.write(' ')
        later(spec.trickleEveryMs ?? 200, tick)
      }
      return tick()
    }
    if (spec.blankLinesMs !== undefined) {
      response.writeHead(spec.status ?? 200, headers)
      const until = Date.now() + spec.blankLinesMs
      const tick = () => {
        if (response.destroyed) return
        if (Date.now() >= until) return response.end(body)
        response.write('\n')
        later(100, tick)
      }
      return tick()
    }
    if (spec.resetAfterBytes !== undefined) {
      response.writeHead(spec.status ?? 200, {
        ...headers,
        'content-length': Buffer.byteLength(body)
      })
      response.write(body.slice(0, spec.resetAfterBytes))
      return later(50, () => response.socket?.destroy())
    }
    response.writeHead(spec.status ?? 200, headers)
    response.end(body)
  }

  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address()
  return {
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise(resolve => {
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function rejection(token, echo) {
  const shown = {
    full: token,
    masked: `****${token.slice(-4)}`,
    prefix: `${token.slice(0, 12)}...`,
    escaped: 'ESCAPED'
  }[echo]
  const body = JSON.stringify({
    error: {
      message: `Authentication Fails, Your api key: ${shown} is invalid`,
      type: 'authentication_error',
      param: null,
      code: 'invalid_request_error'
    }
  })
  const escaped = [...token].map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return body.replace('ESCAPED', escaped.join(''))
}

/** `json` with `amount` × `times` taken from `currency`'s total and topped-up balances. */
function drained(json, { currency, amount }, times) {
  if (!json || !Array.isArray(json.balance_infos)) return json
  const less = value => {
    const places = Math.max(decimals(value), decimals(amount))
    const units = scaled(value, places) - scaled(amount, places) * BigInt(times)
    const sign = units < 0n ? '-' : ''
    const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0')
    return `${sign}${digits.slice(0, digits.length - places)}${places ? `.${digits.slice(-places)}` : ''}`
  }
  return {
    ...json,
    balance_infos: json.balance_infos.map(row =>
      row.currency === currency
        ? {
            ...row,
            total_balance: less(row.total_balance),
            topped_up_balance: less(row.topped_up_balance)
          }
        : row
    )
  }
}

const decimals = text => (String(text).split('.')[1] ?? '').length
const scaled = (text, places) => {
  const [whole, fraction = ''] = String(text).replace('-', '').split('.')
  const units = BigInt(whole + fraction.padEnd(places, '0'))
  return String(text).startsWith('-') ? -units : units
}

function bodyOf(spec) {
  if (spec.bodyBytes !== undefined)
    return `{"padding":"${'x'.repeat(Math.max(0, spec.bodyBytes - 14))}"}`
  if (spec.body !== undefined) return spec.body
  if (spec.json === undefined) return ''
  const json = spec.shuffle === false ? spec.json : shuffled(spec.json)
  return JSON.stringify(json)
}

function shuffled(json) {
  if (!json || !Array.isArray(json.balance_infos)) return json
  const rows = [...json.balance_infos]
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[rows[i], rows[j]] = [rows[j], rows[i]]
  }
  return { ...json, balance_infos: rows }
}

export const DEFAULT_PORT = 8787
const BUSY_BLANK_LINES_MS = 2000
const USAGE_ERROR = 2

export const EMULATOR_USAGE = `Usage: npm run emulator -- [options]
       node emulator/deepseek-server.mjs [options]

Serves GET /user/balance on 127.0.0.1 as DeepSeek does, until stopped (Ctrl-C). Without options:
a funded account (CNY 110.00: granted 10.00, topped up 100.00; USD 5.00: topped up 5.00), rows in
random order, any key accepted.

  --port N               the port (default ${DEFAULT_PORT}); 0 takes any free one, printed at start
  --key KEY              accept only this key; any other gets HTTP 401 with a message that
                         echoes the key it was sent, as DeepSeek's do
  --balance CUR:AMOUNT   serve this account instead: one row per --balance (CNY:0.50, USD:3),
                         all of it topped up
  --spend CUR:AMOUNT     each balance served is AMOUNT lower in CUR than the one before, as an
                         account that CI spends from (CNY:0.42)
  --top-up CUR:AMOUNT    each balance served is AMOUNT higher in CUR than the one before
  --busy                 each answer comes after ${BUSY_BLANK_LINES_MS / 1000} s of blank lines, as DeepSeek keeps a
                         connection open when busy (try --timeout 1000 on the check)
  --overloaded N         the first N requests get HTTP 503 "Server Overloaded" (retried by the
                         action, up to its retries)
  --help                 this text

Example: npm run emulator -- --port 0 --key sk-test --spend CNY:0.42
then:    npm run check -- --base-url http://127.0.0.1:PORT (with DEEPSEEK_API_KEY=sk-test)`

/**
 * The emulator's command line → { port, apiKey, spendPerRequest, responses, help }, the options
 * of startDeepSeekEmulator; throws with a message for the person who typed it.
 */
export function parseEmulatorArguments(args) {
  const options = { port: DEFAULT_PORT, help: false }
  const rows = []
  let busy = false
  let overloaded = 0
  const amount = (flag, value) => {
    const match = /^([A-Za-z]{3}):(\d+(?:\.\d+)?)$/.exec(value ?? '')
    if (!match)
      throw new Error(`${flag} takes CURRENCY:AMOUNT, such as CNY:0.42; got '${value ?? ''}'.`)
    return { currency: match[1].toUpperCase(), amount: match[2] }
  }
  const whole = (flag, value, max) => {
    if (!/^\d+$/.test(value ?? '') || Number(value) > max)
      throw new Error(`${flag} takes a whole number from 0 to ${max}; got '${value ?? ''}'.`)
    return Number(value)
  }
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]]
    const value = () => inline ?? args[++i]
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true
        break
      case '--port':
        options.port = whole(flag, value(), 65535)
        break
      case '--key': {
        const key = value()
        if (!key) throw new Error('--key takes the key to accept, such as sk-test.')
        options.apiKey = key
        break
      }
      case '--balance': {
        const { currency, amount: total } = amount(flag, value())
        rows.push({
          currency,
          total_balance: total,
          granted_balance: '0.00',
          topped_up_balance: total
        })
        break
      }
      case '--spend':
      case '--top-up': {
        if (options.spendPerRequest) throw new Error('Give one of --spend and --top-up, once.')
        const spend = amount(flag, value())
        options.spendPerRequest =
          flag === '--spend' ? spend : { ...spend, amount: `-${spend.amount}` }
        break
      }
      case '--busy':
        busy = true
        break
      case '--overloaded':
        overloaded = whole(flag, value(), 1000)
        break
      default:
        throw new Error(`Unknown argument '${args[i]}'.`)
    }
  }
  const balance = rows.length ? { is_available: true, balance_infos: rows } : FUNDED_BALANCE
  const answer = { json: balance, ...(busy && { blankLinesMs: BUSY_BLANK_LINES_MS }) }
  const refusal = { status: 503, json: { error: { message: 'Server Overloaded' } } }
  options.responses = [...Array(overloaded).fill(refusal), answer]
  return options
}

/** `npm run emulator -- [options]`: serves until stopped; resolves with an exit code on failure. */
async function main(args) {
  let options
  try {
    options = parseEmulatorArguments(args)
  } catch (error) {
    console.error(`${error.message}\nRun 'npm run emulator -- --help' for the options.`)
    return USAGE_ERROR
  }
  if (options.help) {
    console.log(EMULATOR_USAGE)
    return 0
  }
  let emulator
  try {
    emulator = await startDeepSeekEmulator(options)
  } catch (error) {
    if (error?.code === 'EADDRINUSE')
      console.error(
        `port ${options.port} is in use; pass --port N (another port, or 0 for any free one).`
      )
    else console.error(`Cannot listen on 127.0.0.1:${options.port}: ${error?.message ?? error}`)
    return 1
  }
  const spend = options.spendPerRequest
  const modes = [
    options.apiKey ? 'only the --key key' : 'any key',
    spend?.amount.startsWith('-') &&
      `top-up ${spend.amount.slice(1)} ${spend.currency} per request`,
    spend && !spend.amount.startsWith('-') && `spend ${spend.amount} ${spend.currency} per request`,
    options.responses.length > 1 && `503 to the first ${options.responses.length - 1} request(s)`,
    options.responses.at(-1)?.blankLinesMs && 'busy'
  ].filter(Boolean)
  console.log(
    `DeepSeek emulator listening on ${emulator.url} (GET /user/balance; ${modes.join(', ')}). ` +
      'Ctrl-C stops it.'
  )
  return undefined
}

/** What each simulated day spends, in percent of `spendPerDay`: a week that averages 100. */
const DAY_WEIGHTS = [100, 130, 70, 120, 80, 110, 90]

/**
 * History mode: a ledger for the `history` input as a schedule of gates would have written it
 * over the last `days` days, and the balance to serve now. A reading every `everyHours`; the
 * balance falls by `spendPerDay` on average (some days more, some less), and rises by
 * `topUp.amount` `topUp.daysAgo` days before `now`. Most readings are a job's gate and post step
 * (`jobMinutes` apart, with workflow, run_id, run_attempt, job and step, two workflows taking
 * turns); every fourth is a reading without them, as an older version wrote. Returns the JSON
 * Lines `text`, how many `readings` it holds, and the `balance` now (a little below the last
 * reading, as spend goes on), also as a DeepSeek answer in `json` for `responses`.
 */
export function simulatedLedger(options = {}) {
  const {
    days = 14,
    everyHours = 6,
    start = '180.00',
    spendPerDay = '6.40',
    topUp,
    currency = 'CNY',
    now = new Date(),
    jobMinutes = 15
  } = options
  const HOUR = 3_600_000
  const DAY = 24 * HOUR
  const places = Math.max(decimals(start), decimals(spendPerDay), decimals(topUp?.amount ?? ''))
  const end = now.getTime()
  const begin = end - days * DAY
  const topUpAt = topUp && end - topUp.daysAgo * DAY
  const perDay = scaled(spendPerDay, places)
  const dayUnits = day => (perDay * BigInt(DAY_WEIGHTS[day % DAY_WEIGHTS.length])) / 100n
  const balanceAt = at => {
    const elapsed = at - begin
    const wholeDays = Math.floor(elapsed / DAY)
    let spent = 0n
    for (let day = 0; day < wholeDays; day++) spent += dayUnits(day)
    spent += (dayUnits(wholeDays) * BigInt(elapsed - wholeDays * DAY)) / BigInt(DAY)
    const topped = topUpAt !== undefined && at >= topUpAt ? scaled(topUp.amount, places) : 0n
    const units = scaled(start, places) - spent + topped
    return formatUnits(units < 0n ? 0n : units, places)
  }
  const line = (at, source) => {
    const total = balanceAt(at)
    return JSON.stringify({
      checked_at: new Date(at).toISOString(),
      is_available: true,
      balance_infos: [
        { currency, total_balance: total, granted_balance: '0.00', topped_up_balance: total }
      ],
      ...source
    })
  }
  const workflows = [
    { workflow: 'Nightly evals', job: 'evals' },
    { workflow: 'LLM review', job: 'review' }
  ]
  const lines = []
  for (let k = 0, at = begin; at < end; k++, at += everyHours * HOUR) {
    if (k % 4 === 3) {
      lines.push(line(at))
      continue
    }
    const { workflow, job } = workflows[k % 2]
    const run = { workflow, run_id: String(7000 + k), run_attempt: '1', job }
    lines.push(line(at, { ...run, step: 'gate' }))
    const after = at + jobMinutes * 60_000
    if (after < end) lines.push(line(after, { ...run, step: 'post' }))
  }
  const balance = balanceAt(end)
  return {
    text: lines.map(text => `${text}\n`).join(''),
    readings: lines.length,
    balance,
    json: {
      is_available: true,
      balance_infos: [
        { currency, total_balance: balance, granted_balance: '0.00', topped_up_balance: balance }
      ]
    }
  }
}

/** `units` hundredths (for `places` 2) as a decimal string: 12345n, 2 -> '123.45'. */
function formatUnits(units, places) {
  const sign = units < 0n ? '-' : ''
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0')
  const whole = digits.slice(0, digits.length - places)
  return `${sign}${whole}${places ? `.${digits.slice(-places)}` : ''}`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main(process.argv.slice(2))
  if (code !== undefined) process.exitCode = code
}
