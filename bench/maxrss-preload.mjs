// Loaded with `node --import` in the memory runs only, when GNU time is missing: records the peak
// resident set size (KiB) when the process exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS))
})
