// Jest's global setup: the suites that run the action as the runner does run a bundle built from
// src/ for this test run, not the committed dist/ (which .ci/run and check-dist compare with the
// sources). Built once, into a temporary folder; the workers inherit ACTION_ENTRY, which
// emulator/runner.mjs reads.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundle } from './bundle.mjs'

export default function buildBundleUnderTest() {
  const out = mkdtempSync(join(tmpdir(), 'deepseek-balance-bundle-'))
  bundle(out)
  process.env.ACTION_ENTRY = join(out, 'index.js')
  process.env.ACTION_BUNDLE_DIR = out
}
