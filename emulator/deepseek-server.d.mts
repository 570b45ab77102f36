export interface BalanceRowJson {
  currency?: unknown
  total_balance?: unknown
  granted_balance?: unknown
  topped_up_balance?: unknown
}

export interface EmulatedResponse {
  status?: number
  headers?: Record<string, string>
  json?: unknown
  body?: string
  shuffle?: boolean
  delayMs?: number
  hang?: boolean
  blankLinesMs?: number
  trickle?: boolean
  trickleEveryMs?: number
  resetAfterBytes?: number
  destroy?: boolean
  bodyBytes?: number
  /** The answer waits for this promise (then for delayMs). */
  until?: Promise<unknown>
}

export interface RecordedRequest {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
}

export interface DeepSeekEmulator {
  url: string
  port: number
  requests: RecordedRequest[]
  close(): Promise<void>
}

export const FUNDED_BALANCE: { is_available: boolean; balance_infos: BalanceRowJson[] }

export function startDeepSeekEmulator(options?: {
  host?: string
  port?: number
  apiKey?: string
  echo?: 'full' | 'masked' | 'prefix' | 'escaped'
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** Each balance served is `amount` lower in `currency` than the one before. */
  spendPerRequest?: { currency: string; amount: string }
  responses?: EmulatedResponse[]
}): Promise<DeepSeekEmulator>

export const DEFAULT_PORT: number
export const EMULATOR_USAGE: string

/** The emulator's command line as startDeepSeekEmulator's options; throws on a usage error. */
export function parseEmulatorArguments(args: string[]): {
  port: number
  help: boolean
  apiKey?: string
  spendPerRequest?: { currency: string; amount: string }
  responses: EmulatedResponse[]
}

export interface SimulatedLedgerOptions {
  /** How far back the ledger reaches (14). */
  days?: number
  /** Hours between one gate's reading and the next (6). */
  everyHours?: number
  /** The balance `days` ago ('180.00'). */
  start?: string
  /** The average fall a day ('6.40'); some days spend more, some less. */
  spendPerDay?: string
  /** A top-up of `amount`, `daysAgo` days before `now`. */
  topUp?: { daysAgo: number; amount: string }
  currency?: string
  now?: Date
  /** Minutes between a job's gate and its post step (15). */
  jobMinutes?: number
}

export interface SimulatedLedger {
  /** JSON Lines, one reading a line, each ending with a line break. */
  text: string
  readings: number
  /** The total to serve now: a little below the last reading. */
  balance: string
  /** That balance as DeepSeek answers it, for `responses`. */
  json: { is_available: boolean; balance_infos: BalanceRowJson[] }
}

/** History mode: a ledger as a schedule of gates would have written it, and the balance now. */
export function simulatedLedger(options?: SimulatedLedgerOptions): SimulatedLedger
