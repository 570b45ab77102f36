import { type Balance, parseBalanceBody } from '../../src/read/balance.js'
import { readSettings, type Settings } from '../../src/settings/settings.js'

export type Row = [currency: string, total: string, granted?: string, toppedUp?: string]

/** A balance as the parser builds it from DeepSeek's JSON. */
export function balanceOf(isAvailable: boolean, ...rows: Row[]): Balance {
  const balanceInfos = rows.map(([currency, total, granted = '0.00', toppedUp = total]) => ({
    currency,
    total_balance: total,
    granted_balance: granted,
    topped_up_balance: toppedUp
  }))
  return parseBalanceBody(
    JSON.stringify({ is_available: isAvailable, balance_infos: balanceInfos }),
    'application/json'
  )
}

/** Settings as the action builds them from inputs. */
export function settingsOf(inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'sk-test', ...inputs }
  return readSettings(name => all[name] ?? '')
}
