import { type Balance, parseBalance } from '../../src/base/snapshot.js'
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
  const parsed = parseBalance(
    JSON.stringify({ is_available: isAvailable, balance_infos: balanceInfos })
  )
  if (!parsed.ok) throw new Error(`not a balance: ${JSON.stringify(parsed.problem)}`)
  return parsed.value
}

/** Settings as the action builds them from inputs. */
export function settingsOf(inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'sk-test', ...inputs }
  return readSettings(name => all[name] ?? '')
}
