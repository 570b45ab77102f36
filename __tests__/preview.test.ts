// `npm run preview`: the demo's job summaries as pages (and, with a Chromium, pictures). Run once
// as `node scripts/preview.mjs --out <temp>`, on the bundle Jest's global setup built from src/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)

let out = ''
let run: ReturnType<typeof spawnSync> | undefined
let pages: { name: string; html: string }[] = []

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'deepseek-balance-preview-test-'))
  run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'preview.mjs'), '--out', out], {
    encoding: 'utf8',
    timeout: 90_000
  })
  pages = readdirSync(out)
    .filter(file => file.endsWith('.html') && file !== 'index.html')
    .sort()
    .map(file => ({
      name: file.replace(/\.html$/, ''),
      html: readFileSync(join(out, file), 'utf8')
    }))
}, 120_000)

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('npm run preview', () => {
  it('runs the demo scenarios and writes an HTML page of each job summary, with an index', () => {
    expect(run?.stderr).toBe('')
    expect(run?.status).toBe(0)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    for (const { name, html } of pages) {
      expect(index).toContain(`href="${name}.html"`)
      expect(name).toMatch(/^\d+-[a-z0-9-]+$/)
      // The gate's summary and the post step's, rendered: headings, tables, no Markdown left.
      expect(html).toMatch(/<article class="markdown-body">\s*<h2>\S+ DeepSeek (balance|spend)\b/)
      expect(html).toMatch(/<h3>\S+ DeepSeek spend/)
      expect(html).toContain('<table>')
      expect(html).not.toMatch(/^\| /m)
      expect(html).toContain('<script src="mermaid.min.js"></script>')
    }
    expect(existsSync(join(out, 'mermaid.min.js'))).toBe(true)
  })

  it('turns the history scenario charts into Mermaid blocks, as GitHub draws them', () => {
    const withCharts = pages.filter(({ html }) => html.includes('<pre class="mermaid">'))
    expect(withCharts.length).toBeGreaterThanOrEqual(1)
    for (const { html } of withCharts) {
      expect(html.match(/<pre class="mermaid">---\nconfig:[\s\S]*?xychart-beta/g)).toHaveLength(2)
      expect(html).not.toContain('language-mermaid')
    }
  })

  const pictures = hasChromium ? it : it.skip
  pictures(
    `takes a PNG of each page once Mermaid has drawn every chart (Chromium at ${CHROMIUM})`,
    () => {
      const printed = String(run?.stdout)
      for (const { name } of pages) {
        const png = join(out, `${name}.png`)
        const charts = (
          pages.find(page => page.name === name)?.html.match(/<pre class="mermaid">/g) ?? []
        ).length
        expect(printed).toContain(`${png} (${charts} charts drawn by Mermaid)`)
        const bytes = readFileSync(png)
        expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
        // A full page of summary: wider than it is tall only if it is empty.
        expect(bytes.readUInt32BE(20)).toBeGreaterThan(bytes.readUInt32BE(16))
      }
    }
  )
})
