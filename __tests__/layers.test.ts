// The layers of src/ point one way (.dependency-cruiser.cjs, run by `npm run lint`). Here the
// check itself is checked: it passes on src/, and fails on a copy of src/ with one import that
// points up, one sideways between read/ and settings/, and one cycle.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './support/metadata.js'

const CRUISER = join(
  REPO_ROOT,
  'node_modules',
  'dependency-cruiser',
  'bin',
  'dependency-cruise.mjs'
)

function cruise(root: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [CRUISER, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: root, encoding: 'utf8' }
  )
  return { status: run.status, output: run.stdout + run.stderr }
}

describe('the layer check', () => {
  let copy: string
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'deepseek-balance-layers-'))
    for (const entry of ['src', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json']) {
      cpSync(join(REPO_ROOT, entry), join(copy, entry), { recursive: true })
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('passes on src/ as it is', () => {
    const result = cruise(REPO_ROOT)
    expect(result.output).not.toMatch(/error/)
    expect(result.status).toBe(0)
  })

  it('fails on an import that points up, one sideways, and a cycle, naming each', () => {
    writeFileSync(
      join(copy, 'src', 'base', 'upward.ts'),
      "import type { Verdict } from '../decide/verdict.js'\nexport type Up = Verdict\n"
    )
    writeFileSync(
      join(copy, 'src', 'settings', 'sideways.ts'),
      "import type { BalanceRequest } from '../read/read-balance.js'\nexport type Side = BalanceRequest\n"
    )
    writeFileSync(
      join(copy, 'src', 'report', 'round-a.ts'),
      "import { b } from './round-b.js'\nexport const a = (): number => b() + 1\n"
    )
    writeFileSync(
      join(copy, 'src', 'report', 'round-b.ts'),
      "import { a } from './round-a.js'\nexport const b = (): number => a() - 1\n"
    )
    const result = cruise(copy)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain(
      'base-imports-down-only: src/base/upward.ts → src/decide/verdict.ts'
    )
    expect(result.output).toContain(
      'settings-imports-down-only: src/settings/sideways.ts → src/read/read-balance.ts'
    )
    expect(result.output).toMatch(
      /no-cycles: src\/report\/round-[ab]\.ts →\s+src\/report\/round-[ab]\.ts/
    )
  })
})
