/** `1 attempt`, `3 attempts`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Milliseconds as seconds with one decimal: `1.3 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * `2026-11-27T08:30:05.042Z`, as Date#toISOString writes it for years 0 to 9999. By hand because
 * toISOString alone adds about 1 MiB to the action's peak memory on Node 20 and 24 (npm run bench).
 */
export function isoTimestamp(date: Date): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z`
}
