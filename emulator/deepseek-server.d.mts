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
