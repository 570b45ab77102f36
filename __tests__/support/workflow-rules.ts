// Rules for the workflows and the README's workflow examples that a YAML parse alone does not
// check: how actions are referenced, and what a `run:` script may contain. Each returns the list
// of problems, so a failing test names them all.
import { isMap, usesThisAction } from './metadata.js'

/**
 * Every `uses:` line that is not pinned by a full commit SHA with its version in a comment, as in
 * `uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1`. Read from the text,
 * since a YAML parser drops the comment. Local actions (`./…`) are exempt, and so are uses of
 * this action when `allowThisAction` is set (the README's examples say `@v1`).
 */
export function unpinnedUses(
  text: string,
  where: string,
  { allowThisAction = false, firstLine = 1 } = {}
): string[] {
  const problems: string[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(#.*)?$/.exec(line)
    if (!match) return
    const [, , target = '', comment] = match
    if (target.startsWith('./') || target === '.') return
    if (allowThisAction && usesThisAction(target)) return
    const at = `${where}:${firstLine + index}: ${target}`
    if (target.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(target)) problems.push(`${at}: pin the image by digest`)
      return
    }
    const ref = /^[\w.-]+\/[\w.-]+(?:\/[^@]+)?@(.+)$/.exec(target)?.[1]
    if (ref === undefined) problems.push(`${at}: not owner/repo@ref`)
    else if (!/^[0-9a-f]{40}$/.test(ref))
      problems.push(`${at}: pin a full 40-character commit SHA, not '${ref}'`)
    else if (!/^#\s*v\d+(\.\d+){0,2}\S*\s*$/.test(comment ?? ''))
      problems.push(`${at}: add the version as a comment (# v1.2.3)`)
  })
  return problems
}

/**
 * Steps whose `run:` contains `${{ … }}`. The runner pastes an expression's value into the script
 * before the shell reads it, so quotes in the value break the command and text from outside can
 * run as code; values go through `env:` instead.
 */
export function interpolatedRuns(doc: unknown, where: string): string[] {
  const problems: string[] = []
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}[${index}]`))
    else if (isMap(node)) {
      if (typeof node.run === 'string' && /\$\{\{/.test(node.run)) {
        const name = typeof node.name === 'string' ? ` ('${node.name}')` : ''
        const expressions = [...node.run.matchAll(/\$\{\{[\s\S]*?\}\}/g)].map(match => match[0])
        problems.push(
          `${where}: ${path}${name}: run: interpolates ${expressions.join(', ')}; pass it through env:`
        )
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`)
    }
  }
  visit(doc, '')
  return problems
}
