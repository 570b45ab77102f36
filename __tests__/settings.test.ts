import { afterEach, describe, expect, it } from '@jest/globals'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { describeSettings, inputProblemText } from '../src/report/messages.js'
import {
  INPUT_NAMES,
  InputError,
  type InputName,
  type InputProblem,
  readSettings
} from '../src/settings/settings.js'

const KEY = 'sk-0123456789abcdef0123456789abcdef'
const NOW = new Date('2026-11-27T08:00:00.000Z')

function reader(inputs: Record<string, string>) {
  return (name: string): string => inputs[name] ?? ''
}

function settingsFor(inputs: Record<string, string>) {
  return readSettings(reader({ 'api-key': KEY, ...inputs }), NOW)
}

function problemFor(inputs: Record<string, string>): InputProblem {
  try {
    settingsFor(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problem
    throw error
  }
  throw new Error('expected an InputError')
}

afterEach(() => forgetSecrets())

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    expect(settingsFor({})).toEqual({
      apiKey: KEY,
      balanceUrl: new URL('https://api.deepseek.com/user/balance'),
      timeoutMs: 10000,
      retries: 2,
      failOnInsufficient: true,
      reportSpend: true,
      writeSummary: true
    })
  })

  it('reads every input into its final type', () => {
    const settings = settingsFor({
      'base-url': 'http://127.0.0.1:8787',
      timeout: '2500',
      retries: '0',
      'min-balance': '5',
      'warn-balance': '12.50',
      currency: 'usd',
      'fail-on-insufficient': 'False',
      summary: 'FALSE',
      baseline:
        '{"checked_at":"2026-11-20T08:00:00Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00"}]}',
      'max-spend': '3',
      'warn-runway-days': '7',
      'report-spend': 'false'
    })
    expect(settings).toMatchObject({
      balanceUrl: new URL('http://127.0.0.1:8787/user/balance'),
      timeoutMs: 2500,
      retries: 0,
      minBalance: { text: '5', value: { units: 5n, scale: 0 } },
      warnBalance: { text: '12.50', value: { units: 1250n, scale: 2 } },
      currency: 'USD',
      failOnInsufficient: false,
      writeSummary: false,
      baseline: { checkedAt: new Date('2026-11-20T08:00:00Z'), isAvailable: true },
      maxSpend: { text: '3', value: { units: 3n, scale: 0 } },
      warnRunwayDays: { text: '7', value: { units: 7n, scale: 0 } },
      reportSpend: false
    })
    expect(settings.baseline?.rows.map(row => row.total.text)).toEqual(['110.00'])
  })

  it.each([
    ['usd', 'USD'],
    ['Cny', 'CNY'],
    ['USD', 'USD']
  ])('reads currency %s as %s', (currency, expected) => {
    expect(settingsFor({ currency }).currency).toBe(expected)
  })

  it.each([
    ['.5', { units: 5n, scale: 1 }],
    ['0.5', { units: 5n, scale: 1 }],
    ['5', { units: 5n, scale: 0 }],
    ['0', { units: 0n, scale: 0 }],
    ['12.50', { units: 1250n, scale: 2 }]
  ])('reads the threshold %s as written, with its exact value', (text, value) => {
    expect(settingsFor({ 'min-balance': text }).minBalance).toEqual({ text, value })
    expect(settingsFor({ 'warn-balance': text }).warnBalance).toEqual({ text, value })
    expect(settingsFor({ 'max-spend': text }).maxSpend).toEqual({ text, value })
    expect(settingsFor({ 'warn-runway-days': text }).warnRunwayDays).toEqual({ text, value })
  })

  it('reads exactly the inputs action.yml declares, each once', () => {
    const read: InputName[] = []
    readSettings(name => {
      read.push(name)
      return name === 'api-key' ? KEY : ''
    }, NOW)
    expect([...read].sort()).toEqual([...INPUT_NAMES].sort())
  })

  it.each([
    ['https://api.deepseek.com', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/v1', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/v1/', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/v1//', 'https://api.deepseek.com/user/balance'],
    ['https://gw.example/deepseek//', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/deepseek', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/deepseek/v1', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/deepseek///v1/', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/v1/deepseek', 'https://gw.example/v1/deepseek/user/balance'],
    ['http://localhost:8080', 'http://localhost:8080/user/balance'],
    ['HTTPS://API.DEEPSEEK.COM', 'https://api.deepseek.com/user/balance']
  ])('base-url %s requests %s', (baseUrl, balanceUrl) => {
    expect(settingsFor({ 'base-url': baseUrl }).balanceUrl.href).toBe(balanceUrl)
  })

  it.each([
    ['', 'api-key-missing', /^Input 'api-key' is required/],
    ['sk-abc def', 'api-key-with-whitespace', /^Input 'api-key' contains whitespace/],
    [
      'sk-abc\u00e9',
      'api-key-not-printable',
      /^Input 'api-key' contains characters that are not printable ASCII/
    ],
    [
      'sk-abc\u0000',
      'api-key-not-printable',
      /^Input 'api-key' contains characters that are not printable ASCII/
    ]
  ])('refuses the api-key %j as %s', (apiKey, kind, words) => {
    const problem = problemFor({ 'api-key': apiKey })
    expect(problem).toEqual({ kind })
    expect(inputProblemText(problem)).toMatch(words)
  })

  it.each([
    ['base-url', 'api.deepseek.com', /^Input 'base-url' must be an http\(s\) URL/],
    ['base-url', 'ftp://api.deepseek.com', /^Input 'base-url' must be an http\(s\) URL/],
    [
      'timeout',
      '0',
      /^Input 'timeout' must be a whole number of milliseconds from 1 to 3600000; got '0'\.$/
    ],
    ['timeout', '1.5', /'timeout' must be a whole number/],
    ['timeout', '-5', /'timeout' must be a whole number/],
    ['timeout', '10s', /'timeout' must be a whole number/],
    ['timeout', '3600001', /'timeout' must be/],
    ['retries', '11', /^Input 'retries' must be a whole number from 0 to 10; got '11'\.$/],
    ['retries', 'two', /'retries' must be/],
    ['min-balance', '-1', /^Input 'min-balance' must be empty or a decimal number ≥ 0/],
    ['min-balance', '1,000', /'min-balance' must be/],
    ['min-balance', '5.', /'min-balance' must be/],
    ['min-balance', '.', /'min-balance' must be/],
    ['min-balance', '1e3', /'min-balance' must be/],
    ['min-balance', '5 CNY', /'min-balance' must be/],
    ['warn-balance', 'abc', /'warn-balance' must be/],
    ['max-spend', '..5', /'max-spend' must be/],
    ['warn-runway-days', '-7', /'warn-runway-days' must be/],
    [
      'currency',
      'EUR',
      /^Input 'currency' must be CNY or USD \(any letter case\), or empty; got 'EUR'\.$/
    ],
    [
      'fail-on-insufficient',
      'yes',
      /^Input 'fail-on-insufficient' must be true or false; got 'yes'\.$/
    ],
    ['summary', '1', /'summary' must be true or false/],
    ['report-spend', 'on', /'report-spend' must be true or false/]
  ])('refuses %s %j, naming the input and the value', (input, value, words) => {
    const problem = problemFor({ [input]: value })
    expect(problem).toEqual({ kind: 'invalid', input, value })
    expect(inputProblemText(problem)).toMatch(words)
  })

  it.each([
    ['timeout', '1', { timeoutMs: 1 }],
    ['timeout', '3600000', { timeoutMs: 3_600_000 }],
    ['timeout', '0000000001', { timeoutMs: 1 }],
    ['retries', '10', { retries: 10 }],
    ['min-balance', '1'.repeat(30), { minBalance: { text: '1'.repeat(30) } }],
    ['min-balance', `0.${'5'.repeat(30)}`, { minBalance: { text: `0.${'5'.repeat(30)}` } }],
    ['warn-balance', `.${'5'.repeat(30)}`, { warnBalance: { text: `.${'5'.repeat(30)}` } }],
    ['fail-on-insufficient', 'true', { failOnInsufficient: true }],
    ['fail-on-insufficient', 'True', { failOnInsufficient: true }],
    ['fail-on-insufficient', 'TRUE', { failOnInsufficient: true }],
    ['summary', 'false', { writeSummary: false }],
    ['report-spend', 'False', { reportSpend: false }]
  ])('accepts %s %j, at the edge of what it takes', (input, value, read) => {
    expect(settingsFor({ [input]: value })).toMatchObject(read)
  })

  it.each([
    // Eleven digits: a whole number is at most ten, leading zeros included.
    ['timeout', '00000000001'],
    ['retries', '00000000001'],
    ['min-balance', '1'.repeat(31)],
    ['min-balance', `0.${'5'.repeat(31)}`],
    ['warn-balance', `.${'5'.repeat(31)}`],
    ['max-spend', '5 '],
    ['max-spend', ' 5'],
    ['warn-runway-days', '7\n8'],
    ['timeout', ' 100'],
    ['timeout', '100 '],
    ['summary', 'true '],
    ['summary', 'tRUE'],
    ['currency', 'usd '],
    ['currency', 'CNYUSD']
  ])('refuses %s %j', (input, value) => {
    // The value is shown as one trimmed line.
    expect(problemFor({ [input]: value })).toEqual({
      kind: 'invalid',
      input,
      value: value.replace(/\s+/g, ' ').trim()
    })
  })

  it('refuses an api-key with a character outside printable ASCII anywhere in it', () => {
    for (const apiKey of ['\u00e9sk-abc', 'sk-\u00e9abc', 'sk-abc\u00e9', '\u007fsk', 'sk\u007f']) {
      expect(problemFor({ 'api-key': apiKey })).toEqual({ kind: 'api-key-not-printable' })
    }
    expect(settingsFor({ 'api-key': '!sk~' }).apiKey).toBe('!sk~')
  })

  it('refuses an api-key with white space anywhere in it, tabs and line breaks too', () => {
    for (const apiKey of [' sk-abc', 'sk-abc ', 'sk-\tabc', 'sk-abc\n', '\u00a0sk']) {
      expect(problemFor({ 'api-key': apiKey })).toEqual({ kind: 'api-key-with-whitespace' })
    }
  })

  it('throws an InputError by that name, its message the kind of problem', () => {
    try {
      settingsFor({ timeout: 'soon' })
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect(error).toMatchObject({ name: 'InputError', message: 'invalid' })
      return
    }
    throw new Error('expected an InputError')
  })

  it('words every input it can refuse', () => {
    for (const input of INPUT_NAMES) {
      const words = inputProblemText({ kind: 'invalid', input, value: clean('x') })
      expect(words).toMatch(new RegExp(`^Input '${input}' must be .+; got 'x'\\.$`))
    }
  })

  it.each([
    ['https://user:pw@api.deepseek.com', ['credentials'], 'https://api.deepseek.com'],
    ['https://api.deepseek.com/?x=1', ['query'], 'https://api.deepseek.com'],
    ['https://api.deepseek.com/#x', ['fragment'], 'https://api.deepseek.com'],
    ['https://api.deepseek.com/v1?', ['query'], 'https://api.deepseek.com/v1'],
    [
      'https://u@gw.example/ds?k=1#f',
      ['credentials', 'query', 'fragment'],
      'https://gw.example/ds'
    ],
    ['https://user@api.deepseek.com', ['credentials'], 'https://api.deepseek.com'],
    ['https://:pw@api.deepseek.com', ['credentials'], 'https://api.deepseek.com'],
    ['https://api.deepseek.com/#', ['fragment'], 'https://api.deepseek.com'],
    ['https://api.deepseek.com?#', ['query', 'fragment'], 'https://api.deepseek.com']
  ])('refuses the base-url %s, naming what it carries without showing it', (url, extras, shown) => {
    expect(problemFor({ 'base-url': url })).toEqual({ kind: 'base-url-with-extras', shown, extras })
  })

  it('words a base-url with a query without showing the query', () => {
    const problem = problemFor({ 'base-url': 'http://127.0.0.1:8787?token=s3cret' })
    const words = inputProblemText(problem)
    expect(words).toMatch(/^Input 'base-url' must be an http\(s\) URL /)
    expect(words).toMatch(/; got 'http:\/\/127\.0\.0\.1:8787' with a query, which is not shown\.$/)
    expect(words).not.toContain('s3cret')
    expect(inputProblemText(problemFor({ 'base-url': 'https://a:b@gw.example/#f' }))).toMatch(
      /; got 'https:\/\/gw\.example' with credentials and a fragment, which are not shown\.$/
    )
  })

  it('takes max-spend with report-spend false when a baseline measures it', () => {
    const baseline = '{"checked_at":"2026-11-20T08:00:00Z","is_available":true,"balance_infos":[]}'
    const settings = settingsFor({ 'max-spend': '1', 'report-spend': 'false', baseline })
    expect(settings).toMatchObject({ maxSpend: { text: '1' }, reportSpend: false })
  })

  it('reads history as the path it is given, up to 1024 characters without a NUL', () => {
    expect(settingsFor({ history: '.cache/balance.jsonl' }).history).toBe('.cache/balance.jsonl')
    const longest = `/${'d'.repeat(1023)}`
    expect(settingsFor({ history: longest }).history).toBe(longest)
    expect(settingsFor({})).not.toHaveProperty('history')
    for (const history of [`${longest}x`, 'ledger\0.jsonl']) {
      expect(problemFor({ history })).toMatchObject({ kind: 'invalid', input: 'history' })
    }
  })

  it('refuses max-spend-per-day without a history to count it from', () => {
    const problem = problemFor({ 'max-spend-per-day': '5' })
    expect(problem).toEqual({ kind: 'cap-without-history' })
    expect(settingsFor({ 'max-spend-per-day': '5', history: 'ledger.jsonl' })).toMatchObject({
      history: 'ledger.jsonl',
      maxSpendPerDay: { text: '5' }
    })
  })

  it('refuses max-spend with nothing to measure it', () => {
    const problem = problemFor({ 'max-spend': '1', 'report-spend': 'false' })
    expect(problem).toEqual({ kind: 'budget-without-meter' })
    expect(inputProblemText(problem)).toMatch(/^Input 'max-spend' needs something to measure/)
    expect(settingsFor({ 'max-spend': '1' }).maxSpend?.text).toBe('1')
  })

  it('refuses a baseline it cannot read, naming the problem, not the value', () => {
    const problem = problemFor({ baseline: '{"checked_at":"2026-11-20T08:00:00"}' })
    expect(problem).toEqual({ kind: 'baseline', problem: { kind: 'checked-at-without-zone' } })
    const words = inputProblemText(problem)
    expect(words).toMatch(
      /^Input 'baseline' must be empty or the snapshot output of an earlier run/
    )
    expect(words).toContain('has no time zone')
    expect(words).toMatch(/The value is not shown\.$/)
    expect(words).not.toContain('2026-11-20')
  })

  it('measures a baseline from the future against the time it is given', () => {
    const baseline = '{"checked_at":"2026-11-27T08:02:00Z","is_available":true,"balance_infos":[]}'
    expect(problemFor({ baseline })).toMatchObject({
      kind: 'baseline',
      problem: { kind: 'checked-at-in-the-future' }
    })
    const later = readSettings(
      reader({ 'api-key': KEY, baseline }),
      new Date('2026-11-27T08:01:30Z')
    )
    expect(later.baseline?.checkedAt).toEqual(new Date('2026-11-27T08:02:00Z'))
  })

  it('never puts the key into a problem or its words', () => {
    for (const key of ['sk-zq9Kv7 Wx3', 'sk-zq9Kv7\u00e9Wx3']) {
      const problem = (() => {
        try {
          readSettings(reader({ 'api-key': key }), NOW)
        } catch (thrown) {
          if (thrown instanceof InputError) return thrown.problem
        }
        throw new Error('expected an InputError')
      })()
      expect(JSON.stringify(problem)).not.toMatch(/zq9|Wx3/)
      expect(inputProblemText(problem)).not.toMatch(/zq9|Wx3/)
    }
  })

  it('keeps the input names whole when the key shares six characters with one', () => {
    const key = 'gw-max-spend-0123456789'
    protectSecret(key)
    const problem = problemFor({ 'api-key': key, 'max-spend': 'lots' })
    const words = inputProblemText(problem)
    expect(words).toContain("Input 'max-spend'")
    expect(words).toContain("got 'lots'")
    const unmeasured = problemFor({ 'api-key': key, 'max-spend': '1', 'report-spend': 'false' })
    expect(inputProblemText(unmeasured)).toContain("Input 'max-spend' needs")
  })

  it('removes the key from a value that carries it', () => {
    protectSecret(KEY)
    const problem = problemFor({ 'min-balance': `5 ${KEY}` })
    expect(JSON.stringify(problem)).not.toContain('0123456789')
    expect(inputProblemText(problem)).toMatch(/got '5 \*\*\*'\.$/)
  })

  it('shortens a long bad value in the words', () => {
    const words = inputProblemText(problemFor({ currency: 'x'.repeat(500) }))
    expect(words).toMatch(/x…'\.$/)
    expect(words.length).toBeLessThan(200)
  })
})

describe('describeSettings', () => {
  it('shows every setting but the key', () => {
    const description = describeSettings(settingsFor({ 'min-balance': '5' }))
    expect(description).toBe(
      'Settings: api-key=***, url=https://api.deepseek.com/user/balance, timeout=10000 ms, retries=2, ' +
        'min-balance=5, warn-balance=(none), currency=(any), fail-on-insufficient=true, summary=true, ' +
        'baseline=(none), max-spend=(none), warn-runway-days=(none), report-spend=true, ' +
        'history=(none), max-spend-per-day=(none)'
    )
    expect(description).not.toContain(KEY)
  })

  it('names the baseline by its time', () => {
    const description = describeSettings(
      settingsFor({
        currency: 'usd',
        baseline:
          '{"checked_at":"2026-11-20T10:00:00+02:00","is_available":true,"balance_infos":[]}'
      })
    )
    expect(description).toContain('currency=USD')
    expect(description).toContain('baseline=from 2026-11-20T08:00:00.000Z')
  })
})
