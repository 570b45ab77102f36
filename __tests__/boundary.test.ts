// The boundary is structural: only the sinks in src/report/ talk to the runner's log, outputs
// and summary, and they take clean text only (the compiler checks that part). This keeps the
// first part from eroding: a new `core.info(serverText)` elsewhere fails here. The same goes for
// the exit code (one place sets it, from the verdict's severity) and for the currencies (one
// list names them).
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { REPO_ROOT } from './support/metadata.js'

const SINKS = [
  'src/report/log.ts',
  'src/report/outputs.ts',
  'src/report/summary.ts',
  'src/report/state.ts'
]
const SINK_CALL =
  /\bcore\.(info|notice|warning|error|debug|setOutput|setFailed|summary|saveState|startGroup)\b|\bconsole\.|process\.std(out|err)\.write/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

describe('the outside-text boundary', () => {
  it('has sinks only in src/report/', () => {
    const offenders = sourceFiles(join(REPO_ROOT, 'src'))
      .map(file => relative(REPO_ROOT, file))
      .filter(file => !SINKS.includes(file))
      .flatMap(file =>
        readFileSync(join(REPO_ROOT, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
          .filter(({ line }) => SINK_CALL.test(line))
          .map(({ where, line }) => `${where}: ${line.trim()}`)
      )
    expect(offenders).toEqual([])
  })

  it('has sinks that accept clean text only', () => {
    const log = readFileSync(join(REPO_ROOT, 'src/report/log.ts'), 'utf8')
    for (const name of ['debug', 'info', 'notice', 'warning', 'error']) {
      expect(log).toMatch(new RegExp(`export function ${name}\\(text: CleanText\\)`))
    }
  })
})

/** Every .ts file of src/, relative to the repository root, with its syntax tree. */
function parsedSources(): { file: string; source: ts.SourceFile }[] {
  return sourceFiles(join(REPO_ROOT, 'src')).map(path => {
    const file = relative(REPO_ROOT, path)
    const source = ts.createSourceFile(
      file,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TS
    )
    return { file, source }
  })
}

/** Every node of a tree for which `test` holds, as `file:line: text`. */
function nodesWhere(
  { file, source }: { file: string; source: ts.SourceFile },
  test: (node: ts.Node) => boolean
): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (test(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
      found.push(`${file}:${line + 1}: ${node.getText(source)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** `process.exitCode` (or `process['exitCode']`). */
function isExitCode(node: ts.Node): boolean {
  const target = ts.isParenthesizedExpression(node) ? node.expression : node
  if (ts.isPropertyAccessExpression(target)) {
    return target.expression.getText() === 'process' && target.name.text === 'exitCode'
  }
  if (ts.isElementAccessExpression(target)) {
    const key = target.argumentExpression
    return (
      target.expression.getText() === 'process' &&
      ts.isStringLiteralLike(key) &&
      key.text === 'exitCode'
    )
  }
  return false
}

/** `process.exitCode = …`, `process.exitCode ||= …`, `process.exitCode++` and the like. */
function assignsExitCode(node: ts.Node): boolean {
  if (ts.isBinaryExpression(node)) {
    const { kind } = node.operatorToken
    return (
      kind >= ts.SyntaxKind.FirstAssignment &&
      kind <= ts.SyntaxKind.LastAssignment &&
      isExitCode(node.left)
    )
  }
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    const changes =
      node.operator === ts.SyntaxKind.PlusPlusToken ||
      node.operator === ts.SyntaxKind.MinusMinusToken
    return changes && isExitCode(node.operand)
  }
  return false
}

function probe(text: string): { file: string; source: ts.SourceFile } {
  return {
    file: 'probe.ts',
    source: ts.createSourceFile('probe.ts', text, ts.ScriptTarget.Latest, true)
  }
}

describe('the exit code', () => {
  const sources = parsedSources()

  it('is found however it is assigned, and not where it is only read', () => {
    const found = nodesWhere(
      probe(
        [
          'process.exitCode = 1',
          "process['exitCode'] ||= 2",
          'process.exitCode++',
          'const code = process.exitCode',
          '// process.exitCode = 3'
        ].join('\n')
      ),
      assignsExitCode
    )
    expect(found).toEqual([
      'probe.ts:1: process.exitCode = 1',
      "probe.ts:2: process['exitCode'] ||= 2",
      'probe.ts:3: process.exitCode++'
    ])
  })

  it('is set in one place: src/index.ts, a failure until the verdict says otherwise', () => {
    const assignments = sources.flatMap(source => nodesWhere(source, assignsExitCode))
    expect(assignments).toEqual([
      expect.stringMatching(/^src\/index\.ts:\d+: process\.exitCode = 1$/),
      expect.stringMatching(
        /^src\/index\.ts:\d+: process\.exitCode = severity === 'failure' \? 1 : 0/
      )
    ])
  })

  it('is never set by core.setFailed, nor cut short by process.exit', () => {
    const offenders = sources.flatMap(source =>
      nodesWhere(
        source,
        node =>
          (ts.isIdentifier(node) && node.text === 'setFailed') ||
          (ts.isCallExpression(node) &&
            ts.isPropertyAccessExpression(node.expression) &&
            node.expression.expression.getText() === 'process' &&
            node.expression.name.text === 'exit')
      )
    )
    expect(offenders).toEqual([])
  })
})

describe('the currencies', () => {
  // In any letter case: the outputs' `cny-` and `usd-` prefixes follow from the list too.
  const CURRENCY_CODE = /\b(cny|usd)\b/i

  /** String and template literals, whose text is the program's; comments are not tokens. */
  function isLiteral(node: ts.Node): boolean {
    return (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
  }

  it('are named in string literals only in src/base/currencies.ts', () => {
    const named = parsedSources().flatMap(source =>
      nodesWhere(
        source,
        node => isLiteral(node) && CURRENCY_CODE.test((node as ts.LiteralLikeNode).text)
      )
    )
    expect(named).toEqual(["src/base/currencies.ts:6: 'CNY'", "src/base/currencies.ts:6: 'USD'"])
  })

  it('counts a code in any literal and any letter case, not in a comment', () => {
    const named = nodesWhere(
      probe(
        [
          '// CNY in a comment',
          'const a = `in ${x} USD`',
          "const b = 'cny-spent'",
          '/* USD */ const c = "CNY"',
          "const d = 'CNYX'"
        ].join('\n')
      ),
      node => isLiteral(node) && CURRENCY_CODE.test((node as ts.LiteralLikeNode).text)
    )
    expect(named).toEqual(['probe.ts:2: } USD`', "probe.ts:3: 'cny-spent'", 'probe.ts:4: "CNY"'])
  })
})
