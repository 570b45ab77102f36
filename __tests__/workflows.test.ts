// The workflows and the README's workflow examples as a reviewer would hold them: third-party
// actions pinned by SHA, no `${{ }}` inside `run:`, actionlint clean, least privilege, the release
// process, and the Node versions CI tests on.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  REPO_ROOT,
  isMap,
  loadAction,
  looksLikeWorkflow,
  parseYaml,
  readRepoFile,
  workflowFiles,
  yamlBlocks,
  type YamlMap
} from './support/metadata.js'
import { interpolatedRuns, unpinnedUses } from './support/workflow-rules.js'

const run = promisify(execFile)
const files = workflowFiles()
const readme = readRepoFile('README.md')
const examples = yamlBlocks(readme).filter(block => looksLikeWorkflow(block.text))
const workflow = (file: string): YamlMap => parseYaml(readRepoFile(file)) as YamlMap
const jobsOf = (doc: YamlMap): [string, YamlMap][] =>
  Object.entries(isMap(doc.jobs) ? doc.jobs : {}).filter((entry): entry is [string, YamlMap] =>
    isMap(entry[1])
  )

describe('third-party actions are pinned by commit SHA with the version in a comment', () => {
  it.each(files)('%s', file => {
    expect(unpinnedUses(readRepoFile(file), file)).toEqual([])
  })

  it('in the README examples (this action itself may say @v1)', () => {
    const problems = examples.flatMap(block =>
      unpinnedUses(block.text, 'README.md', { allowThisAction: true, firstLine: block.line + 1 })
    )
    expect(problems).toEqual([])
  })

  it('the rule flags tags, branches, short SHAs and a missing version comment', () => {
    const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1'
    const text = [
      '      - uses: actions/checkout@v7',
      '      - uses: actions/checkout@main',
      '      - uses: actions/checkout@3d3c42e',
      `      - uses: actions/checkout@${sha}`,
      `      - uses: actions/checkout@${sha} # v7.0.1`,
      `        uses: github/codeql-action/init@${sha} # v4.37.6`,
      '      - uses: ./',
      '      - uses: your-org/deepseek-balance-action@v1'
    ].join('\n')
    expect(unpinnedUses(text, 'w.yml')).toEqual([
      "w.yml:1: actions/checkout@v7: pin a full 40-character commit SHA, not 'v7'",
      "w.yml:2: actions/checkout@main: pin a full 40-character commit SHA, not 'main'",
      "w.yml:3: actions/checkout@3d3c42e: pin a full 40-character commit SHA, not '3d3c42e'",
      `w.yml:4: actions/checkout@${sha}: add the version as a comment (# v1.2.3)`,
      "w.yml:8: your-org/deepseek-balance-action@v1: pin a full 40-character commit SHA, not 'v1'"
    ])
    expect(unpinnedUses(text, 'w.yml', { allowThisAction: true })).toHaveLength(4)
  })
})

describe('no run: script interpolates ${{ }} (values go through env:)', () => {
  it.each(files)('%s', file => {
    expect(interpolatedRuns(workflow(file), file)).toEqual([])
  })

  it('in the README examples', () => {
    const problems = examples.flatMap(block =>
      interpolatedRuns(parseYaml(block.text), `README.md example at line ${block.line}`)
    )
    expect(problems).toEqual([])
  })

  it('the rule flags an output pasted into a script, and not one passed through env:', () => {
    const doc = parseYaml(
      [
        'jobs:',
        '  a:',
        '    steps:',
        '      - name: pasted',
        '        run: echo "${{ steps.balance.outputs.balance-infos }}"',
        '      - name: through env',
        '        env:',
        '          ROWS: ${{ steps.balance.outputs.balance-infos }}',
        '        run: echo "$ROWS"'
      ].join('\n')
    )
    expect(interpolatedRuns(doc, 'w.yml')).toEqual([
      "w.yml: .jobs.a.steps[0] ('pasted'): run: interpolates ${{ steps.balance.outputs.balance-infos }}; pass it through env:"
    ])
  })
})

describe('actionlint (npm run actionlint)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'actionlint-test-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  const actionlint = async (...paths: string[]) => {
    try {
      const { stdout } = await run(process.execPath, ['scripts/actionlint.mjs', ...paths], {
        cwd: REPO_ROOT
      })
      return { code: 0, stdout }
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string }
      return { code: failed.code, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
    }
  }

  it('finds nothing in the workflows and the README examples', async () => {
    const result = await actionlint()
    expect(result.stdout).toMatch(`actionlint: ${files.length + 1} file(s), 0 finding(s)`)
    expect(result.code).toBe(0)
  })

  it('reports a broken workflow, and a broken README example at its line in the README', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - run: echo "${{ steps.nope.outputs.x }}"'
    ].join('\n')
    const file = join(scratch, 'broken.yml')
    const markdown = join(scratch, 'broken.md')
    writeFileSync(file, `${broken}\n`)
    writeFileSync(markdown, `# Title\n\nText.\n\n\`\`\`yaml\n${broken}\n\`\`\`\n`)

    const result = await actionlint(file, markdown)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /broken\.yml:6:\d+: "github\.event\.pull_request\.title" is potentially untrusted/
    )
    expect(result.stdout).toMatch(/broken\.yml:7:\d+: property "nope" is not defined/)
    expect(result.stdout).toMatch(/broken\.md:11:\d+: "github\.event\.pull_request\.title"/)
  })
})

describe('permissions', () => {
  // The only write permissions any job may have, and why.
  const allowedWrites: Record<string, string[]> = {
    'release.yml/release': ['contents'], // creates the release, moves the major tag
    'codeql.yml/analyze': ['security-events'] // uploads the scan results
  }

  it.each(files)('%s starts from none and grants each job only what it needs', file => {
    const doc = workflow(file)
    const problems: string[] = []
    if (!isMap(doc.permissions) || Object.keys(doc.permissions).length > 0)
      problems.push('top-level permissions is not {}')
    for (const [jobId, job] of jobsOf(doc)) {
      const key = `${file.replace('.github/workflows/', '')}/${jobId}`
      if (!isMap(job.permissions)) {
        problems.push(`${key}: no permissions mapping`)
        continue
      }
      for (const [scope, level] of Object.entries(job.permissions)) {
        if (level === 'write' && !(allowedWrites[key] ?? []).includes(scope))
          problems.push(`${key}: ${scope}: write`)
      }
    }
    expect(problems).toEqual([])
  })

  it('checkout never keeps the token in .git/config', () => {
    const keeping = files.flatMap(file =>
      jobsOf(workflow(file)).flatMap(([jobId, job]) =>
        (Array.isArray(job.steps) ? job.steps : [])
          .filter(isMap)
          .filter(step => String(step.uses).startsWith('actions/checkout@'))
          .filter(step => !isMap(step.with) || step.with['persist-credentials'] !== false)
          .map(() => `${file}/${jobId}`)
      )
    )
    expect(keeping).toEqual([])
  })
})

describe('release.yml', () => {
  const doc = workflow('.github/workflows/release.yml')
  const jobs = Object.fromEntries(jobsOf(doc))
  const runs = (job: YamlMap | undefined): string =>
    (Array.isArray(job?.steps) ? job.steps : [])
      .filter(isMap)
      .map(step => (typeof step.run === 'string' ? step.run : ''))
      .join('\n')

  it('runs on a pushed version tag only', () => {
    expect(doc.on).toEqual({ push: { tags: ['v*.*.*'] } })
  })

  it('verifies the tag, dist/ and the tests before the release job may run', () => {
    const verify = runs(jobs.verify)
    for (const command of [
      'scripts/release-notes.mjs',
      'npm ci',
      'npm audit signatures',
      'npm run bundle',
      'git status --porcelain -- dist/',
      'npm test'
    ])
      expect(verify).toContain(command)
    expect(jobs.release?.needs).toBe('verify')
  })

  it('creates the release with the CHANGELOG notes and moves the major tag', () => {
    const release = runs(jobs.release)
    expect(release).toContain('scripts/release-notes.mjs "$TAG" > "$RUNNER_TEMP/notes.md"')
    expect(release).toContain('gh release create "$TAG" --verify-tag')
    expect(release).toContain('major="${TAG%%.*}"')
    expect(release).toContain('refs/tags/$major')
  })
})

describe('Node versions', () => {
  const packageJson = JSON.parse(readRepoFile('package.json')) as {
    engines?: { node?: string }
    devDependencies?: Record<string, string>
  }
  const runtime = /^node(\d+)$/.exec(String((loadAction().raw.runs as YamlMap).using))?.[1]
  const development = readRepoFile('.node-version').trim()
  const oldest = /^>=\s*(\d+)$/.exec(packageJson.engines?.node ?? '')?.[1]
  const ci = workflow('.github/workflows/ci.yml')
  const testJob = (isMap(ci.jobs) ? ci.jobs.test : undefined) as YamlMap | undefined
  const matrix = isMap(testJob?.strategy) ? (testJob.strategy.matrix as YamlMap) : {}

  it('develops on the Node the action runs on (.node-version = runs.using)', () => {
    expect(runtime).toBeDefined()
    expect(development).toBe(runtime)
  })

  it('CI tests on that Node and on the oldest one engines allows', () => {
    expect(oldest).toBeDefined()
    expect(matrix.node).toEqual(expect.arrayContaining([development, oldest]))
  })

  it('types Node APIs as the oldest supported Node has them', () => {
    expect(packageJson.devDependencies?.['@types/node']).toMatch(new RegExp(`^\\^${oldest}\\.`))
  })

  it('CI checks the registry signatures of what npm ci installed', () => {
    const commands = (Array.isArray(testJob?.steps) ? testJob.steps : [])
      .filter(isMap)
      .map(step => step.run)
    expect(commands.indexOf('npm audit signatures')).toBe(commands.indexOf('npm ci') + 1)
  })
})

describe('supply chain files', () => {
  it('Dependabot updates the pinned actions and the npm packages', () => {
    const config = parseYaml(readRepoFile('.github/dependabot.yml')) as { updates?: YamlMap[] }
    expect((config.updates ?? []).map(update => update['package-ecosystem'])).toEqual(
      expect.arrayContaining(['github-actions', 'npm'])
    )
  })

  it('CodeQL scans JavaScript and TypeScript', () => {
    expect(readRepoFile('.github/workflows/codeql.yml')).toMatch(/languages: javascript-typescript/)
  })

  it('SECURITY.md says how to report and what happens to the key', () => {
    const policy = readRepoFile('SECURITY.md')
    expect(policy).toMatch(/## Reporting a vulnerability/)
    expect(policy).toMatch(/## What the action does with your API key/)
  })
})
