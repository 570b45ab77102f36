import type { CleanText } from './outside-text.js'

// Text made here from numbers the action holds (counts, times, durations): nothing from outside
// goes in, so it is clean as written, and cleaning it again could only hurt (a key that shares
// six digits with a timestamp would turn it into ***).

/** `1 attempt`, `3 attempts`. */
export function plural(count: number, noun: 'attempt' | 'day' | 'job' | 'reading'): CleanText {
  return `${count} ${noun}${count === 1 ? '' : 's'}` as CleanText
}

/** Milliseconds as seconds with one decimal: `1.3 s`. */
export function seconds(ms: number): CleanText {
  return `${(ms / 1000).toFixed(1)} s` as CleanText
}

/** A length of time as a reader would say it: `45 s`, `6 min`, `3.2 h`, `7.0 days`. */
export function duration(ms: number): CleanText {
  const secondsTotal = Math.max(0, ms) / 1000
  if (secondsTotal < 90) return `${Math.round(secondsTotal)} s` as CleanText
  if (secondsTotal < 90 * 60) return `${Math.round(secondsTotal / 60)} min` as CleanText
  if (secondsTotal < 48 * 3600) return `${(secondsTotal / 3600).toFixed(1)} h` as CleanText
  return `${(secondsTotal / 86400).toFixed(1)} days` as CleanText
}

/**
 * `2026-11-27T08:30:05.042Z`, as Date#toISOString writes it for years 0 to 9999. By hand because
 * toISOString alone adds about 1 MiB to the action's peak memory on Node 20 and 24 (npm run bench).
 */
export function isoTimestamp(date: Date): CleanText {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z` as CleanText
}

/** `2026-11-27`: the day of a time, in UTC. */
export function isoDate(date: Date): CleanText {
  return isoTimestamp(date).slice(0, 10) as CleanText
}
