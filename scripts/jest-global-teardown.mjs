// Removes the bundle jest-global-setup.mjs built for the test run.
import { rmSync } from 'node:fs'

export default function removeBundleUnderTest() {
  const out = process.env.ACTION_BUNDLE_DIR
  if (out) rmSync(out, { recursive: true, force: true })
}
