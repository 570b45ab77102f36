// The workflows and the README's workflow examples as a reviewer would hold them: third-party
// actions pinned by SHA, no `${{ }}` inside `run:`, actionlint clean, least privilege, the release
// process, and the Node versions CI tests on.
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
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

  it('runs on a pushed version tag, or by hand with the version to release', () => {
    expect(doc.on).toEqual({
      push: { tags: ['v*.*.*'] },
      workflow_dispatch: {
        inputs: {
          version: { description: expect.any(String), required: true, type: 'string' }
        }
      }
    })
  })

  describe('the tag to release (the step run with bash, gh a stand-in)', () => {
    const step = (Array.isArray(jobs.verify?.steps) ? jobs.verify.steps : [])
      .filter(isMap)
      .find(candidate => candidate.name === 'The tag to release')
    const scratch = mkdtempSync(join(tmpdir(), 'release-tag-test-'))
    afterAll(() => rmSync(scratch, { recursive: true, force: true }))
    // `gh api …/git/ref/tags/<tag>` succeeds when the tag is listed in $EXISTING_TAGS.
    const bin = join(scratch, 'bin')
    mkdirSync(bin)
    writeFileSync(
      join(bin, 'gh'),
      '#!/usr/bin/env bash\necho "$*" >> "$GH_LOG"\n' +
        'case " $EXISTING_TAGS " in *" ${2##*/} "*) exit 0 ;; esac\nexit 1\n'
    )
    chmodSync(join(bin, 'gh'), 0o755)
    let count = 0
    const tagStep = async (env: Record<string, string>) => {
      const dir = join(scratch, `run-${++count}`)
      mkdirSync(dir)
      const files = { GITHUB_OUTPUT: join(dir, 'output'), GH_LOG: join(dir, 'gh.log') }
      writeFileSync(files.GITHUB_OUTPUT, '')
      writeFileSync(files.GH_LOG, '')
      writeFileSync(join(dir, 'step.sh'), String(step?.run))
      const result = await run('bash', ['--noprofile', '--norc', '-e', 'step.sh'], {
        cwd: dir,
        env: {
          PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
          GH_REPO: 'octo/action',
          EXISTING_TAGS: 'v1 v1.0.0',
          ...files,
          ...env
        }
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code?: number; stdout?: string }) => ({
          code: error.code ?? 1,
          stdout: error.stdout ?? ''
        })
      )
      return {
        ...result,
        output: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
        gh: readFileSync(files.GH_LOG, 'utf8')
      }
    }
    const dispatch = { EVENT: 'workflow_dispatch', REF: 'refs/heads/main', REF_NAME: 'main' }

    it('a pushed tag is the tag', async () => {
      const result = await tagStep({ EVENT: 'push', REF: 'refs/tags/v1.1.0', REF_NAME: 'v1.1.0' })
      expect(result.code).toBe(0)
      expect(result.output).toBe('tag=v1.1.0\n')
    })

    it('by hand on main: v + the version, 1.1.0 or v1.1.0, once it is known not to exist', async () => {
      for (const version of ['1.1.0', 'v1.1.0', '1.2.0-rc.1']) {
        const result = await tagStep({ ...dispatch, VERSION: version })
        expect(result.code).toBe(0)
        expect(result.output).toBe(`tag=v${version.replace(/^v/, '')}\n`)
        expect(result.gh).toContain(`repos/octo/action/git/ref/tags/v${version.replace(/^v/, '')}`)
      }
    })

    it('by hand: refuses another branch, an existing tag and a malformed version', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ ...dispatch, REF: 'refs/heads/feature', VERSION: '1.1.0' }, 'Run the release on main'],
        [{ ...dispatch, VERSION: '1.0.0' }, 'The tag v1.0.0 exists already'],
        [{ ...dispatch, VERSION: '1.1' }, 'The version input must look like 1.2.3'],
        [{ ...dispatch, VERSION: '1.1.0\nsha=0' }, 'The version input must look like 1.2.3'],
        [{ ...dispatch, VERSION: '' }, 'The version input must look like 1.2.3']
      ]
      for (const [env, error] of cases) {
        const result = await tagStep(env)
        expect(result.code).toBe(1)
        expect(result.stdout).toContain(`::error::${error}`)
        expect(result.output).toBe('')
      }
    })
  })

  it('by hand: creates the annotated tag on the checked commit before the release', () => {
    const steps = (Array.isArray(jobs.release?.steps) ? jobs.release.steps : []).filter(isMap)
    const names = steps.map(step => step.name)
    const create = steps.find(step => step.name === 'Create the version tag')
    expect(create?.if).toBe("${{ github.event_name == 'workflow_dispatch' }}")
    expect(String(create?.run)).toContain('sha="$(git rev-parse HEAD)"')
    expect(String(create?.run)).toContain('"repos/$GH_REPO/git/tags" -f tag="$TAG"')
    expect(String(create?.run)).toContain('-f ref="refs/tags/$TAG" -f sha="$object"')
    expect(names.indexOf('Create the version tag')).toBeLessThan(
      names.indexOf('Create the GitHub Release')
    )
    // Either way, the release job works on the tag the verify job checked, never on the ref.
    expect(isMap(jobs.release?.env) && jobs.release.env.TAG).toBe('${{ needs.verify.outputs.tag }}')
    expect(JSON.stringify(jobs.release)).not.toContain('github.ref_name')
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

describe('ci.yml runs the action on every GitHub-hosted OS', () => {
  const ci = workflow('.github/workflows/ci.yml')
  const jobs = Object.fromEntries(jobsOf(ci))
  const action = jobs.action
  const steps = (Array.isArray(action?.steps) ? action.steps : []).filter(isMap)

  it('on ubuntu-latest, windows-latest and macos-latest, each leg to the end', () => {
    const strategy = isMap(action?.strategy) ? action.strategy : {}
    expect(isMap(strategy.matrix) && strategy.matrix.os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest'
    ])
    expect(strategy['fail-fast']).toBe(false)
    expect(action?.['runs-on']).toBe('${{ matrix.os }}')
    expect(steps.filter(step => step.uses === './').length).toBeGreaterThan(5)
  })

  it('runs every script with bash (pwsh is the default on Windows), no POSIX-only path or jq', () => {
    const defaults =
      isMap(action?.defaults) && isMap(action.defaults.run) ? action.defaults.run : {}
    expect(defaults.shell).toBe('bash')
    const problems = steps.flatMap(step => {
      const name = String(step.name ?? step.uses)
      const script = typeof step.run === 'string' ? step.run : ''
      return [
        step.shell !== undefined &&
          step.shell !== 'bash' &&
          `${name}: shell ${JSON.stringify(step.shell)}`,
        /(^|[\s"'=])\/tmp\b/.test(script) && `${name}: /tmp (use $RUNNER_TEMP)`,
        /(?:^|[|&;(]|\$\()\s*jq\s/m.test(script) && `${name}: jq (its Windows build writes CR LF)`
      ].filter(Boolean)
    })
    expect(problems).toEqual([])
  })

  it('starts the emulators with their documented flags', () => {
    const start = steps.find(step => step.name === 'Start the DeepSeek emulators')
    expect(String(start?.run)).toContain('node emulator/deepseek-server.mjs --port 8787 ')
    expect(String(start?.run)).toContain(
      'node emulator/deepseek-server.mjs --port 8788 --key sk-ci-emulator'
    )
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
