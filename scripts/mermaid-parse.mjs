// Mermaid's own parser over chart texts, for the tests (__tests__/charts.test.ts): reads a JSON
// array of texts on stdin (each a diagram, or a ```mermaid block as the job summary holds it)
// and prints a JSON array with one { ok: true, type } or { ok: false, error } per text.
// Mermaid's parser sanitises text with DOMPurify, which needs a DOM: jsdom stands in for one.
// A child process keeps Mermaid (ES modules and a DOM) out of Jest's module system.
import { JSDOM } from 'jsdom'

const { window } = new JSDOM('')
globalThis.window = window
globalThis.document = window.document
const { default: mermaid } = await import('mermaid')

/** The diagram in a ```mermaid block, or the text as it is. */
export function diagramText(text) {
  const fenced = /^```mermaid\n([\s\S]*)\n```\s*$/.exec(text)
  return fenced ? fenced[1] : text
}

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const text of JSON.parse(input)) {
  try {
    const { diagramType } = await mermaid.parse(diagramText(text))
    results.push({ ok: true, type: diagramType })
  } catch (error) {
    results.push({ ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}
process.stdout.write(JSON.stringify(results) + '\n')
