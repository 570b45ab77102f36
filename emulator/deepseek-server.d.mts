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
