/** How long to wait before another attempt. Pure: the clock and the randomness are passed in. */

export const BACKOFF_BASE_MS = 1000
export const BACKOFF_CAP_MS = 16_000
export const RETRY_AFTER_CAP_MS = 60_000
/** Each backoff is scaled by a random factor in [1 - JITTER, 1 + JITTER). */
export const JITTER = 0.2

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … for retry 1, 2, 3 …, capped. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retryNumber - 1))
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()))
}

/**
 * The wait a `Retry-After` header asks for, in seconds or as an HTTP date, capped so that a
 * server cannot park the job; undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const value = header.trim()
  let delay: number
  if (/^\d+$/.test(value)) {
    delay = Number(value) * 1000
  } else {
    const date = Date.parse(value)
    if (Number.isNaN(date) || !/[a-z]/i.test(value)) return undefined
    delay = Math.max(0, date - nowMs)
  }
  return Math.min(delay, RETRY_AFTER_CAP_MS)
}

/** The server's `Retry-After` wins when present; otherwise exponential backoff. */
export function retryDelayMs(
  retryNumber: number,
  retryAfterHeader: string | undefined,
  nowMs: number,
  random: () => number = Math.random
): number {
  return retryAfterMs(retryAfterHeader, nowMs) ?? backoffDelayMs(retryNumber, random)
}
