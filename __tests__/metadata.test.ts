// The action's public surface stays consistent: action.yml, the README's tables and examples, the
// workflows that use the action, and the version in package.json.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { OUTPUT_NAMES } from '../src/report/outputs.js'
import { INPUT_NAMES, InputError, type InputName, readSettings } from '../src/settings/settings.js'
import { inputProblemText } from '../src/report/messages.js'
import { ACTION_VERSION } from '../src/base/version.js'
import {
  type FencedBlock,
  REPO_ROOT,
  actionUsageProblems,
  expressionsIn,
  isMap,
  loadAction,
  looksLikeWorkflow,
  markdownSection,
  needsProblems,
  parseYaml,
  readRepoFile,
  tableNames,
  usesThisAction,
  workflowFiles,
  workflowShapeProblems,
  yamlBlocks
} from './support/metadata.js'

const action = loadAction()
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)

// The colours GitHub Marketplace accepts for branding.color.
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple']

describe('action.yml', () => {
  it('has the metadata the Marketplace shows', () => {
    const { raw } = action
    for (const key of ['name', 'description', 'author']) {
      expect({ key, value: raw[key] }).toEqual({ key, value: expect.stringMatching(/\S/) })
    }
    expect(isMap(raw.branding)).toBe(true)
    const branding = raw.branding as Record<string, unknown>
    expect(branding.icon).toEqual(expect.stringMatching(/^[a-z0-9-]+$/))
    expect([...BRANDING_COLORS, 'gray-dark']).toContain(branding.color)
  })

  it('declares exactly the outputs the code can set, in the same order', () => {
    expect([...OUTPUT_NAMES]).toEqual(outputNames)
  })

  it('declares exactly the inputs the code knows, in the same order', () => {
    expect([...INPUT_NAMES]).toEqual(inputNames)
  })

  it('declares exactly the inputs readSettings reads, no more and no fewer', () => {
    const read: string[] = []
    const given: Partial<Record<InputName, string>> = { 'api-key': 'sk-test' }
    readSettings(name => {
      read.push(name)
      return given[name] ?? ''
    })
    expect([...new Set(read)].sort()).toEqual([...inputNames].sort())
  })

  it('runs dist/index.js on node24', () => {
    const runs = action.raw.runs as Record<string, unknown>
    expect(runs).toEqual(expect.objectContaining({ using: 'node24', main: 'dist/index.js' }))
    expect(existsSync(join(REPO_ROOT, 'dist', 'index.js'))).toBe(true)
  })

  it('describes every input, with defaults written as strings', () => {
    expect(inputNames.length).toBeGreaterThan(0)
    const problems = Object.entries(action.inputs).flatMap(([name, input]) => [
      ...(typeof input.description === 'string' && input.description.trim() !== ''
        ? []
        : [`input '${name}' has no description`]),
      ...(input.default === undefined || typeof input.default === 'string'
        ? []
        : [`input '${name}' has a default that is not a string: ${JSON.stringify(input.default)}`]),
      ...(input.required === undefined || typeof input.required === 'boolean'
        ? []
        : [`input '${name}' has 'required' that is not true or false`])
    ])
    expect(problems).toEqual([])
  })

  it('describes every output', () => {
    expect(outputNames.length).toBeGreaterThan(0)
    const undescribed = Object.entries(action.outputs)
      .filter(([, output]) => typeof output.description !== 'string' || !output.description.trim())
      .map(([name]) => name)
    expect(undescribed).toEqual([])
  })

  it('has the version of package.json in src/base/version.ts', () => {
    const packageJson = JSON.parse(readRepoFile('package.json')) as { version?: unknown }
    expect(ACTION_VERSION).toBe(packageJson.version)
  })
})

describe('workflows in .github/workflows', () => {
  const files = workflowFiles()

  it('exist', () => {
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']))
  })

  it.each(files)('%s parses and has on, jobs, runs-on and steps', file => {
    expect(workflowShapeProblems(parseYaml(readRepoFile(file)), file)).toEqual([])
  })

  it.each(files)('%s uses the action with declared inputs and outputs only', file => {
    const doc = parseYaml(readRepoFile(file))
    expect([...actionUsageProblems(doc, action, file), ...needsProblems(doc, file)]).toEqual([])
  })

  it('ci.yml runs the action itself (uses: ./)', () => {
    const steps = actionSteps(parseYaml(readRepoFile('.github/workflows/ci.yml')))
    expect(steps.map(step => step.uses)).toContain('./')
  })
})

describe('README.md', () => {
  const readmePath = join(REPO_ROOT, 'README.md')
  const readme = (): string => {
    if (!existsSync(readmePath)) {
      throw new Error(
        `README.md not found at ${readmePath}. The metadata test checks its '## Inputs' and ` +
          "'## Outputs' tables against action.yml and its ```yaml workflow examples."
      )
    }
    return readFileSync(readmePath, 'utf8')
  }

  describe.each([
    ['Inputs', 'input', inputNames],
    ['Outputs', 'output', outputNames]
  ])('## %s table', (heading, kind, declared) => {
    it(`lists every ${kind} of action.yml, and only those`, () => {
      const section = markdownSection(readme(), heading)
      if (!section) throw new Error(`README.md has no '## ${heading}' heading`)
      const { names, problems } = tableNames(section, `README.md '## ${heading}'`)
      const duplicates = names.filter((name, index) => names.indexOf(name) !== index)
      expect({
        problems,
        duplicates,
        missingFromReadme: declared.filter(name => !names.includes(name)),
        notInActionYml: names.filter(name => !declared.includes(name))
      }).toEqual({ problems: [], duplicates: [], missingFromReadme: [], notInActionYml: [] })
    })
  })

  // What the first release, 1.0.0, had (CHANGELOG.md). Anything since is marked with the release
  // that brought it, `(1.1+)`, so that a workflow on an older release knows it will not work.
  const IN_1_0_0 = {
    Inputs: [
      'api-key',
      'base-url',
      'timeout',
      'retries',
      'min-balance',
      'warn-balance',
      'currency',
      'fail-on-insufficient',
      'summary'
    ],
    Outputs: [
      'is-available',
      'sufficient',
      'status',
      'currency',
      'total-balance',
      'granted-balance',
      'topped-up-balance',
      ...['cny', 'usd'].flatMap(currency =>
        ['total', 'granted', 'topped-up'].map(part => `${currency}-${part}-balance`)
      ),
      'balance-infos'
    ]
  }
  it.each(['Inputs', 'Outputs'] as const)(
    '## %s marks what came after 1.0.0 with its release',
    heading => {
      const rows = (markdownSection(readme(), heading) ?? [])
        .filter(line => /^\| `/.test(line))
        .map(line => line.split('|')[1]?.trim() ?? '')
      const unmarked = rows.filter(cell => !/ \(1\.\d+\+\)$/.test(cell))
      const marked = rows.filter(cell => / \(1\.\d+\+\)$/.test(cell))
      const name = (cell: string) => /`([^`]+)`/.exec(cell)?.[1] ?? cell
      expect(unmarked.map(name).filter(n => !IN_1_0_0[heading].includes(n))).toEqual([])
      expect(marked.map(name).filter(n => IN_1_0_0[heading].includes(n))).toEqual([])
      expect(rows.length).toBeGreaterThan(IN_1_0_0[heading].length)
    }
  )

  it("## Requirements quotes the start-up figures of CONTRIBUTING.md's benchmark", () => {
    const rows = readRepoFile('CONTRIBUTING.md')
      .split('\n')
      .filter(line => line.startsWith('| Node v'))
      .map(line => line.split('|').map(cell => cell.trim()))
    const column = (label: RegExp, index: number) =>
      rows.filter(row => label.test(row[2] ?? '')).map(row => Number.parseFloat(row[index] ?? ''))
    const check = column(/^This action, one successful check/, 3)
    const p90 = column(/^This action, one successful check/, 4)
    const bare = column(/^Bare `node -e 0`/, 3)
    expect([check.length, p90.length, bare.length]).toEqual([2, 2, 2])
    const range = (values: number[]) =>
      `${Math.round(Math.min(...values))}\u2013${Math.round(Math.max(...values))} ms`
    const section = (markdownSection(readme(), 'Requirements') ?? []).join(' ').replace(/\s+/g, ' ')
    expect(section).toContain(`a median of ${range(check)} from start to exit`)
    expect(section).toContain(`of which ${range(bare).replace(' ms', '')} ms is Node itself`)
    expect(section).toContain(`90% of runs end within ${Math.round(Math.max(...p90))} ms`)
    expect(section).toContain('2.327.1 or later')
  })

  it('has ```yaml blocks that parse', () => {
    const problems = yamlBlocks(readme()).flatMap(block => {
      try {
        parseYaml(block.text)
        return []
      } catch (error) {
        return [`README.md line ${block.line}: ${(error as Error).message}`]
      }
    })
    expect(problems).toEqual([])
  })

  it('has at least one workflow example that uses the action', () => {
    const examples = parsedBlocks(readme()).filter(({ block }) => looksLikeWorkflow(block.text))
    expect(examples.length).toBeGreaterThan(0)
    const usesAction = examples.some(({ doc }) => actionSteps(doc).length > 0)
    expect(usesAction).toBe(true)
  })

  it('has workflow examples with on, jobs, runs-on and steps', () => {
    const problems = parsedBlocks(readme())
      .filter(({ block }) => looksLikeWorkflow(block.text))
      .flatMap(({ block, doc }) =>
        workflowShapeProblems(doc, `README.md example at line ${block.line}`)
      )
    expect(problems).toEqual([])
  })

  it('uses the action with declared inputs and outputs only', () => {
    const problems = parsedBlocks(readme()).flatMap(({ block, doc }) => {
      const where = `README.md example at line ${block.line}`
      return [...actionUsageProblems(doc, action, where), ...needsProblems(doc, where)]
    })
    expect(problems).toEqual([])
  })

  it('passes values the action accepts, in every example', () => {
    // Values written as expressions (${{ … }}) are not known here and stand in as valid ones.
    const problems: string[] = []
    for (const { block, doc } of parsedBlocks(readme())) {
      for (const step of actionSteps(doc)) {
        const given = isMap(step.with) ? step.with : {}
        const input = (name: string): string => {
          const value = given[name]
          if (value === undefined) return scalarText(action.inputs[name]?.default)
          if (expressionsIn(value).length > 0) return name === 'api-key' ? 'sk-example' : ''
          return scalarText(value).trim()
        }
        try {
          readSettings(input)
        } catch (error) {
          const text = error instanceof InputError ? inputProblemText(error.problem) : String(error)
          problems.push(`README.md example at line ${block.line}: ${text}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

/** A `with:` value as the runner passes it: YAML scalars as text, anything else as JSON. */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

function actionSteps(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(actionSteps)
  if (!isMap(node)) return []
  const own = usesThisAction(node.uses) ? [node] : []
  return [...own, ...Object.values(node).flatMap(actionSteps)]
}

/** The ```yaml blocks that parse, with their documents; the others fail the parse test. */
function parsedBlocks(markdown: string): { block: FencedBlock; doc: unknown }[] {
  return yamlBlocks(markdown).flatMap(block => {
    try {
      return [{ block, doc: parseYaml(block.text) }]
    } catch {
      return []
    }
  })
}
