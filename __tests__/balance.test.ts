import { describe, expect, it } from '@jest/globals'
import { parseBalanceBody, toBalanceInfos } from '../src/read/balance.js'
import { describeBody } from '../src/report/messages.js'
import { BalanceFetchError } from '../src/errors.js'

const CNY = {
  currency: 'CNY',
  total_balance: '110.00',
  granted_balance: '10.00',
  topped_up_balance: '100.00'
}
const USD = {
  currency: 'USD',
  total_balance: '0.00',
  granted_balance: '0.00',
  topped_up_balance: '0.00'
}

function parse(body: unknown, contentType = 'application/json') {
  return parseBalanceBody(typeof body === 'string' ? body : JSON.stringify(body), contentType)
}

function failure(body: string, contentType?: string): BalanceFetchError {
  try {
    parseBalanceBody(body, contentType)
  } catch (error) {
    if (error instanceof BalanceFetchError) return error
    throw error
  }
  throw new Error('expected a BalanceFetchError')
}

describe('parseBalanceBody', () => {
  it('reads a balance and sorts the rows by currency whatever order they came in', () => {
    const a = parse({ is_available: true, balance_infos: [USD, CNY] })
    const b = parse({ is_available: true, balance_infos: [CNY, USD] })
    expect(a).toEqual(b)
    expect(a.rows.map(row => row.currency)).toEqual(['CNY', 'USD'])
    expect(a.rows[0]).toMatchObject({
      totalBalance: '110.00',
      grantedBalance: '10.00',
      toppedUpBalance: '100.00'
    })
  })

  it('keeps every digit of amounts sent as JSON numbers', () => {
    const body =
      '{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":12345678901234567.89,"granted_balance":0,"topped_up_balance":-1.5e1}]}'
    const [row] = parse(body).rows
    expect(row).toMatchObject({
      totalBalance: '12345678901234567.89',
      grantedBalance: '0',
      toppedUpBalance: '-1.5e1'
    })
  })

  it('does not touch field names that only appear inside strings', () => {
    const body = JSON.stringify({
      note: '"total_balance": 5',
      is_available: true,
      balance_infos: [CNY]
    })
    expect(parse(body).rows[0]?.totalBalance).toBe('110.00')
  })

  it('accepts a byte-order mark before the JSON', () => {
    expect(
      parse(`\uFEFF${JSON.stringify({ is_available: true, balance_infos: [CNY] })}`).rows
    ).toHaveLength(1)
  })

  it('accepts blank lines before the JSON, as DeepSeek sends when busy', () => {
    expect(
      parse(`\n\n\n  \r\n${JSON.stringify({ is_available: true, balance_infos: [CNY] })}`)
        .isAvailable
    ).toBe(true)
  })

  it('accepts negative balances, zero, an empty list and lower-case currencies', () => {
    const balance = parse({
      is_available: false,
      balance_infos: [
        {
          currency: 'cny',
          total_balance: '-3.20',
          granted_balance: '0',
          topped_up_balance: '-3.20'
        }
      ]
    })
    expect(balance.rows[0]).toMatchObject({ currency: 'CNY', totalBalance: '-3.20' })
    expect(parse({ is_available: true, balance_infos: [] }).rows).toEqual([])
  })

  it('leaves missing granted and topped-up amounts empty', () => {
    const [row] = parse({
      is_available: true,
      balance_infos: [{ currency: 'USD', total_balance: '1' }]
    }).rows
    expect(row).toMatchObject({ totalBalance: '1', grantedBalance: '', toppedUpBalance: '' })
  })

  it.each([
    ['<html><body>Please log in</body></html>', 'a body that is not JSON'],
    ['{"is_available": tr', 'a body that is not JSON'],
    ['', 'a body that is not JSON'],
    ['{"balance_infos": []}', 'JSON without is_available and balance_infos'],
    ['{"is_available": true}', 'JSON without is_available and balance_infos'],
    ['{"is_available": "true", "balance_infos": []}', 'an is_available that is not true or false'],
    ['{"is_available": true, "balance_infos": {}}', 'a balance_infos that is not a list'],
    ['[1,2]', 'JSON without is_available and balance_infos'],
    [
      '{"is_available": true, "balance_infos": [{"total_balance": "1"}]}',
      'row without a three-letter currency'
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "<b>X</b>", "total_balance": "1"}]}',
      'three-letter currency'
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY"}]}',
      'CNY row without total_balance'
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "lots"}]}',
      'total_balance that is not a decimal'
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "1", "granted_balance": true}]}',
      'granted_balance that is not a decimal'
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "1"}, {"currency": "cny", "total_balance": "2"}]}',
      'CNY twice'
    ]
  ])('refuses %j: %s', (body, what) => {
    const error = failure(body, 'text/html')
    expect(error.message).toContain(what)
    expect(error.message).toContain('not a balance')
    expect(error.retryable).toBe(false)
  })
})

describe('describeBody', () => {
  it('names the content type and the first bytes on one printable line', () => {
    expect(describeBody('<html>\n<title>Sign in \u00e0</title>\u0007\u200b', 'text/html')).toBe(
      'content-type text/html, body starting "<html> <title>Sign in \u00e0</title>"'
    )
    expect(describeBody('   ', undefined)).toBe('no content-type, empty body')
    expect(describeBody('x'.repeat(500), 'text/plain')).toMatch(/"x{79}…"$/)
  })
})

describe('toBalanceInfos', () => {
  it('uses DeepSeek field names and strings', () => {
    const balance = parse({ is_available: true, balance_infos: [USD, CNY] })
    expect(toBalanceInfos(balance.rows)).toEqual([CNY, USD])
  })
})
