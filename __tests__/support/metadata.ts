// Readers and checks for the metadata test: action.yml, the workflows, and the README's tables and
// workflow examples. Each check returns a list of problems, so that a failing test names them all.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export type YamlMap = Record<string, unknown>

export interface ActionInput {
  readonly description?: unknown
  readonly required?: unknown
  readonly default?: unknown
}

export interface ActionMetadata {
  readonly inputs: Record<string, ActionInput>
  readonly outputs: Record<string, { readonly description?: unknown }>
  readonly raw: YamlMap
}

export function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readRepoFile(relativePath: string): string {
  return readFileSync(join(REPO_ROOT, relativePath), 'utf8')
}

/** Parses YAML the way the runner reads workflows: `on` stays a key (YAML 1.2), not `true`. */
export function parseYaml(text: string): unknown {
  return parse(text, { prettyErrors: true, uniqueKeys: true }) as unknown
}

export function loadAction(): ActionMetadata {
  const raw = parseYaml(readRepoFile('action.yml'))
  if (!isMap(raw)) throw new Error('action.yml is not a YAML mapping')
  const inputs = isMap(raw.inputs) ? (raw.inputs as Record<string, ActionInput>) : {}
  const outputs = isMap(raw.outputs) ? (raw.outputs as ActionMetadata['outputs']) : {}
  return { inputs, outputs, raw }
}

/** `.github/workflows/*.yml` and `*.yaml`, as paths relative to the repository root. */
export function workflowFiles(): string[] {
  return readdirSync(join(REPO_ROOT, '.github', 'workflows'))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => `.github/workflows/${name}`)
}

// ---------------------------------------------------------------------------------------------
// README

/**
 * The lines of a `## Heading` section, up to the next heading of level 1 or 2. Undefined when the
 * heading is not there. `### …` subsections belong to the section.
 */
export function markdownSection(markdown: string, heading: string): string[] | undefined {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex(line => line.trim() === `## ${heading}`)
  if (start === -1) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => /^#{1,2}\s/.test(line))
  return end === -1 ? rest : rest.slice(0, end)
}

export interface TableNames {
  /** The backticked name in the first cell of each body row, in order. */
  readonly names: string[]
  readonly problems: string[]
}

/**
 * The names in the first column of every Markdown table in `lines`: a table is a header row,
 * a separator row (`| --- | --- |`) and body rows; each body row's first cell must hold one
 * backticked name, e.g. `` | `api-key` | … | ``.
 */
export function tableNames(lines: string[], where: string): TableNames {
  const names: string[] = []
  const problems: string[] = []
  let tables = 0
  for (let i = 0; i < lines.length; i++) {
    if (!isTableRow(lines[i]) || !isSeparatorRow(lines[i + 1])) continue
    tables++
    for (i += 2; i < lines.length && isTableRow(lines[i]); i++) {
      const row = (lines[i] ?? '').trim()
      const firstCell = row.replace(/^\|/, '').split('|')[0] ?? ''
      const name = /`([^`]+)`/.exec(firstCell)?.[1]?.trim()
      if (name) names.push(name)
      else
        problems.push(`${where}: a table row without a backticked name in its first cell: ${row}`)
    }
  }
  if (tables === 0) problems.push(`${where}: no Markdown table (header, | --- | row, body rows)`)
  return { names, problems }
}

function isTableRow(line: string | undefined): boolean {
  return line !== undefined && line.trim().startsWith('|')
}

function isSeparatorRow(line: string | undefined): boolean {
  if (line === undefined || !line.trim().startsWith('|')) return false
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|')
  return cells.every(cell => /^\s*:?-+:?\s*$/.test(cell))
}

export interface FencedBlock {
  /** 1-based line of the opening fence, for messages. */
  readonly line: number
  readonly text: string
}

/** The contents of every ```yaml or ```yml fenced block, indentation of the fence removed. */
export function yamlBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split(/\r?\n/)
  const blocks: FencedBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/i.exec(lines[i] ?? '')
    if (!open) continue
    const [, indent = '', fence = '```'] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j] ?? ''
      if (
        line.trim().startsWith(fence[0]!.repeat(fence.length)) &&
        line.trim().replace(/[`~]/g, '') === ''
      )
        break
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())
    }
    blocks.push({ line: i + 1, text: body.join('\n') })
    i = j
  }
  return blocks
}

/** A fenced block "looks like a workflow" when it has a top-level `jobs:` key. */
export function looksLikeWorkflow(text: string): boolean {
  return /^jobs:/m.test(text)
}

// ---------------------------------------------------------------------------------------------
// Workflows

/** Shape checks that GitHub would otherwise report only when the workflow runs. */
export function workflowShapeProblems(doc: unknown, where: string): string[] {
  if (!isMap(doc)) return [`${where}: not a YAML mapping`]
  const problems: string[] = []
  if (!('on' in doc)) problems.push(`${where}: no 'on' (the events that start the workflow)`)
  if (!isMap(doc.jobs) || Object.keys(doc.jobs).length === 0) {
    problems.push(`${where}: no 'jobs' mapping`)
    return problems
  }
  for (const [jobId, job] of Object.entries(doc.jobs)) {
    const at = `${where}: job '${jobId}'`
    if (!isMap(job)) {
      problems.push(`${at} is not a mapping`)
      continue
    }
    if (typeof job.uses === 'string') continue // a reusable workflow: no runs-on, no steps
    if (job['runs-on'] === undefined) problems.push(`${at} has no 'runs-on'`)
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      problems.push(`${at} has no 'steps' (and no 'uses')`)
      continue
    }
    job.steps.forEach((step: unknown, index) => {
      const name = isMap(step) && typeof step.name === 'string' ? ` ('${step.name}')` : ''
      if (!isMap(step)) problems.push(`${at}, step ${index + 1}: not a mapping`)
      else if (typeof step.uses !== 'string' && typeof step.run !== 'string')
        problems.push(`${at}, step ${index + 1}${name}: neither 'uses' nor 'run'`)
    })
  }
  return problems
}

/** `uses: ./` (the action in this repository) or `uses: <owner>/deepseek-balance-action@<ref>`. */
export function usesThisAction(uses: unknown): boolean {
  return (
    typeof uses === 'string' &&
    (/^\.\/?$/.test(uses.trim()) || /(^|\/)deepseek-balance-action@\S+$/.test(uses.trim()))
  )
}

/** Every step-like mapping (one with `uses` or `run`) anywhere in a document, with its step list. */
function stepLists(node: unknown, found: YamlMap[][] = []): YamlMap[][] {
  if (Array.isArray(node)) {
    const steps = node.filter(isMap).filter(item => 'uses' in item || 'run' in item)
    if (steps.length > 0) found.push(steps)
    for (const item of node) stepLists(item, found)
  } else if (isMap(node)) {
    for (const value of Object.values(node)) stepLists(value, found)
  }
  return found
}

/** The expressions in a subtree: every `${{ … }}`, and `if:` values written without one. */
export function expressionsIn(node: unknown, key?: string, found: string[] = []): string[] {
  if (typeof node === 'string') {
    const wrapped = [...node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(match => match[1] ?? '')
    if (wrapped.length > 0) found.push(...wrapped)
    else if (key === 'if') found.push(node)
  } else if (Array.isArray(node)) {
    for (const item of node) expressionsIn(item, undefined, found)
  } else if (isMap(node)) {
    for (const [childKey, value] of Object.entries(node)) expressionsIn(value, childKey, found)
  }
  return found
}

const NAME = String.raw`[A-Za-z_][\w-]*`
const PROPERTY = String.raw`(?:\.(${NAME})|\[\s*'([^']+)'\s*\]|\[\s*"([^"]+)"\s*\])`

interface Reference {
  readonly id: string
  readonly property: string
  readonly name?: string
  readonly text: string
}

/** `<context>.<id>.<property>[.<name>]` references in expressions, e.g. steps.gate.outputs.status. */
export function referencesTo(context: 'steps' | 'needs', expressions: string[]): Reference[] {
  const pattern = new RegExp(
    String.raw`(?<![\w.-])${context}${PROPERTY}${PROPERTY}(?:${PROPERTY})?`,
    'g'
  )
  const references: Reference[] = []
  for (const expression of expressions) {
    for (const match of expression.matchAll(pattern)) {
      const [text, a1, a2, a3, b1, b2, b3, c1, c2, c3] = match
      const id = a1 ?? a2 ?? a3
      const property = b1 ?? b2 ?? b3
      const name = c1 ?? c2 ?? c3
      if (id && property) references.push({ id, property, ...(name && { name }), text })
    }
  }
  return references
}

/**
 * Checks every use of this action in a document: only declared inputs in `with:`, the required
 * ones present, and `steps.<id>.outputs.<name>` of those steps naming declared outputs. Also
 * flags `steps.<id>` references to ids that no step in that step list has.
 */
export function actionUsageProblems(doc: unknown, action: ActionMetadata, where: string): string[] {
  const problems: string[] = []
  const declaredInputs = Object.keys(action.inputs)
  const declaredOutputs = Object.keys(action.outputs)
  const requiredInputs = Object.entries(action.inputs)
    .filter(([, input]) => input.required === true && input.default === undefined)
    .map(([name]) => name)

  const jobs = isMap(doc) && isMap(doc.jobs) ? doc.jobs : undefined
  // A job's steps and its `outputs:` mapping see the same step ids; a fragment's steps see theirs.
  const scopes: { label: string; steps: YamlMap[]; extra: unknown }[] = jobs
    ? Object.entries(jobs).flatMap(([jobId, job]) =>
        isMap(job) && Array.isArray(job.steps)
          ? [{ label: `job '${jobId}'`, steps: job.steps.filter(isMap), extra: job.outputs }]
          : []
      )
    : stepLists(doc).map((steps, index) => ({ label: `step list ${index + 1}`, steps, extra: {} }))

  for (const scope of scopes) {
    const at = `${where}: ${scope.label}`
    const ids = new Set(scope.steps.map(step => step.id).filter(id => typeof id === 'string'))
    const actionIds = new Set<string>()
    for (const step of scope.steps) {
      if (!usesThisAction(step.uses)) continue
      const label =
        typeof step.id === 'string' ? `step '${step.id}'` : `a step using ${String(step.uses)}`
      if (typeof step.id === 'string') actionIds.add(step.id)
      const given = isMap(step.with) ? Object.keys(step.with) : []
      for (const input of given.filter(name => !declaredInputs.includes(name)))
        problems.push(`${at}, ${label}: input '${input}' is not declared in action.yml`)
      for (const input of requiredInputs.filter(name => !given.includes(name)))
        problems.push(`${at}, ${label}: required input '${input}' is missing`)
    }
    const expressions = expressionsIn([scope.steps, scope.extra])
    for (const ref of referencesTo('steps', expressions)) {
      if (!ids.has(ref.id)) problems.push(`${at}: '${ref.text}' names no step of this job`)
      else if (actionIds.has(ref.id) && ref.property === 'outputs') {
        if (ref.name === undefined) continue // steps.<id>.outputs as a whole, e.g. in toJSON()
        if (!declaredOutputs.includes(ref.name))
          problems.push(`${at}: '${ref.text}' is not an output declared in action.yml`)
      }
    }
  }
  return problems
}

/**
 * `needs.<job>.outputs.<name>`: the job must be listed in `needs` and declare that output.
 * Outputs of reusable-workflow jobs (`uses:` at job level) are not followed.
 */
export function needsProblems(doc: unknown, where: string): string[] {
  if (!isMap(doc) || !isMap(doc.jobs)) return []
  const jobs = doc.jobs
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isMap(job)) continue
    const needs =
      typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs : []
    for (const ref of referencesTo('needs', expressionsIn(job))) {
      const at = `${where}: job '${jobId}': '${ref.text}'`
      const target = jobs[ref.id]
      if (!needs.includes(ref.id)) problems.push(`${at}: '${ref.id}' is not in this job's needs`)
      if (!isMap(target)) {
        problems.push(`${at}: there is no job '${ref.id}'`)
        continue
      }
      if (ref.property !== 'outputs' || ref.name === undefined || typeof target.uses === 'string')
        continue
      if (!isMap(target.outputs) || !(ref.name in target.outputs))
        problems.push(`${at}: job '${ref.id}' declares no output '${ref.name}'`)
    }
  }
  return problems
}
