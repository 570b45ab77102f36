import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { describeSettings, readSettings, settingsWarnings } from '../src/settings/settings.js'

const KEY = 'sk-0123456789abcdef0123456789abcdef'

function reader(inputs: Record<string, string>) {
  return (name: string): string => inputs[name] ?? ''
}

function settingsFor(inputs: Record<string, string>) {
  return readSettings(reader({ 'api-key': KEY, ...inputs }))
}

function inputErrorFor(inputs: Record<string, string>): InputError {
  try {
    settingsFor(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

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
      summary: 'FALSE'
    })
    expect(settings).toMatchObject({
      balanceUrl: new URL('http://127.0.0.1:8787/user/balance'),
      timeoutMs: 2500,
      retries: 0,
      minBalance: { text: '5', value: { units: 5n, scale: 0 } },
      warnBalance: { text: '12.50', value: { units: 1250n, scale: 2 } },
      currency: 'USD',
      failOnInsufficient: false,
      writeSummary: false
    })
  })

  it.each([
    ['https://api.deepseek.com', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/v1', 'https://api.deepseek.com/user/balance'],
    ['https://api.deepseek.com/v1/', 'https://api.deepseek.com/user/balance'],
    ['https://gw.example/deepseek', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/deepseek/v1', 'https://gw.example/deepseek/user/balance'],
    ['https://gw.example/v1/deepseek', 'https://gw.example/v1/deepseek/user/balance'],
    ['http://localhost:8080', 'http://localhost:8080/user/balance'],
    ['HTTPS://API.DEEPSEEK.COM', 'https://api.deepseek.com/user/balance']
  ])('base-url %s requests %s', (baseUrl, balanceUrl) => {
    expect(settingsFor({ 'base-url': baseUrl }).balanceUrl.href).toBe(balanceUrl)
  })

  it.each([
    ['api-key', '', /'api-key' is required/],
    ['api-key', 'sk-abc def', /'api-key' contains whitespace/],
    ['api-key', 'sk-abc\u00e9', /'api-key' contains characters that are not printable ASCII/],
    ['api-key', 'sk-abc\u0000', /'api-key' contains characters that are not printable ASCII/],
    ['base-url', 'api.deepseek.com', /'base-url' must be an http\(s\) URL/],
    ['base-url', 'ftp://api.deepseek.com', /'base-url' must be an http\(s\) URL/],
    ['base-url', 'https://user:pw@api.deepseek.com', /'base-url' must be/],
    ['base-url', 'https://api.deepseek.com/?x=1', /'base-url' must be/],
    ['base-url', 'https://api.deepseek.com/#x', /'base-url' must be/],
    ['timeout', '0', /'timeout' must be a whole number of milliseconds from 1 to 3600000; got '0'/],
    ['timeout', '1.5', /'timeout' must be a whole number/],
    ['timeout', '-5', /'timeout' must be a whole number/],
    ['timeout', '10s', /'timeout' must be a whole number/],
    ['timeout', '3600001', /'timeout' must be/],
    ['retries', '11', /'retries' must be a whole number from 0 to 10; got '11'/],
    ['retries', 'two', /'retries' must be/],
    ['min-balance', '-1', /'min-balance' must be empty or a decimal number ≥ 0/],
    ['min-balance', '1,000', /'min-balance' must be/],
    ['min-balance', '.5', /'min-balance' must be/],
    ['min-balance', '5 CNY', /'min-balance' must be/],
    ['warn-balance', 'abc', /'warn-balance' must be/],
    ['currency', 'EUR', /'currency' must be CNY or USD \(any letter case\), or empty; got 'EUR'/],
    ['fail-on-insufficient', 'yes', /'fail-on-insufficient' must be true or false; got 'yes'/],
    ['summary', '1', /'summary' must be true or false/]
  ])('rejects %s %j with a message naming the input', (input, value, message) => {
    const error = inputErrorFor({ [input]: value })
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
  })

  it('never puts the key into an error message', () => {
    const key = 'sk-zq9Kv7 Wx3'
    const error = (() => {
      try {
        readSettings(reader({ 'api-key': key }))
      } catch (thrown) {
        return thrown as Error
      }
      throw new Error('expected an error')
    })()
    expect(error.message).not.toMatch(/zq9|Wx3/)
  })

  it('shortens a long bad value in the message', () => {
    const error = inputErrorFor({ currency: 'x'.repeat(500) })
    expect(error.message.length).toBeLessThan(200)
  })
})

describe('settingsWarnings', () => {
  it('warns when warn-balance cannot apply', () => {
    expect(settingsWarnings(settingsFor({ 'min-balance': '10', 'warn-balance': '10.0' }))).toEqual([
      expect.stringContaining('warn-balance 10.0 is not above min-balance 10')
    ])
    expect(
      settingsWarnings(settingsFor({ 'min-balance': '10', 'warn-balance': '2' }))
    ).toHaveLength(1)
  })

  it('is quiet for thresholds that make sense', () => {
    expect(settingsWarnings(settingsFor({ 'min-balance': '10', 'warn-balance': '10.01' }))).toEqual(
      []
    )
    expect(settingsWarnings(settingsFor({ 'warn-balance': '3' }))).toEqual([])
  })
})

describe('describeSettings', () => {
  it('shows every setting but the key', () => {
    const description = describeSettings(settingsFor({ 'min-balance': '5' }))
    expect(description).toBe(
      'Settings: api-key=***, url=https://api.deepseek.com/user/balance, timeout=10000 ms, retries=2, ' +
        'min-balance=5, warn-balance=(none), currency=(any), fail-on-insufficient=true, summary=true, ' +
        'baseline=(none), max-spend=(none), warn-runway-days=(none), report-spend=true'
    )
    expect(description).not.toContain(KEY)
  })
})
