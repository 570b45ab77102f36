// `npm run preview`: the demo's scenarios (scripts/demo.mjs) run against the emulator, and each
// job summary (the gate's and the post step's) written as a page close to GitHub's run page:
// preview/<scenario>.html, Markdown rendered GitHub-flavoured (marked) and the charts drawn by
// Mermaid's own browser bundle, copied beside the pages (no network). With a Chromium at
// /usr/bin/chromium (or CHROMIUM_PATH), also preview/<scenario>.png, taken once Mermaid has drawn.
//
// It runs a bundle built from src/ into a temporary folder, as the tests do, so a change in src/
// is what it shows; `--dist` runs the committed dist/ instead, and ACTION_ENTRY a given bundle.
//
//   node scripts/preview.mjs [--dist] [--out folder] [--no-png]
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Marked } from 'marked'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const MERMAID_BUNDLE = join(
  dirname(require.resolve('mermaid/package.json')),
  'dist',
  'mermaid.min.js'
)
const PREVIEW_KEY = 'sk-pv00000000000000000000000000000' // no word a page shows: the key's pieces would be ***
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** The Chromium to take screenshots with: CHROMIUM_PATH, else /usr/bin/chromium; none if absent. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  return existsSync(path) ? path : undefined
}

/**
 * Runs every demo scenario and writes its page (and picture) to `out`. `entry` is the bundle to
 * run (else ACTION_ENTRY, else one built from src/ now); `png: false` takes no screenshots;
 * `demo` ({ scenarios, runScenario }) stands in for scripts/demo.mjs, whose scenarios are run
 * as its own loop runs them.
 * Resolves with what was written, one { name, title, html, exitCodes, png?, charts? } per
 * scenario (charts: how many Mermaid drew in Chromium).
 */
export async function preview({ out = join(ROOT, 'preview'), entry, png = true, demo } = {}) {
  let built
  if (entry) {
    process.env.ACTION_ENTRY = entry
  } else if (!process.env.ACTION_ENTRY) {
    built = mkdtempSync(join(tmpdir(), 'deepseek-balance-preview-'))
    const { bundle } = await import('./bundle.mjs')
    bundle(built)
    process.env.ACTION_ENTRY = join(built, 'index.js')
  }
  try {
    // Imported now: emulator/runner.mjs reads ACTION_ENTRY as it loads.
    const source = demo ?? (await import('./demo.mjs'))
    const runScenario = source.runScenario ?? demoRunner(source)
    const { scenarios } = source
    mkdirSync(out, { recursive: true })
    // Pages of an earlier run (a scenario since renamed or removed) would pass for this run's.
    for (const file of readdirSync(out)) {
      if (/^\d+-[a-z0-9-]+\.(html|png)$/.test(file)) rmSync(join(out, file))
    }
    copyFileSync(MERMAID_BUNDLE, join(out, 'mermaid.min.js'))
    const pages = []
    for (const [index, scenario] of scenarios.entries()) {
      const { main, post } = await runScenario(scenario)
      const name = `${index + 1}-${slug(scenario.title)}`
      const html = join(out, `${name}.html`)
      writeFileSync(html, page(scenario, main, post))
      pages.push({ name, title: scenario.title, html, exitCodes: [main.exitCode, post.exitCode] })
    }
    writeFileSync(join(out, 'index.html'), indexPage(pages))
    const chromium = png ? chromiumPath() : undefined
    if (chromium) await screenshots(chromium, pages)
    return pages
  } finally {
    if (built) rmSync(built, { recursive: true, force: true })
  }
}

/**
 * Runs a scenario of scripts/demo.mjs as its loop does: the emulator answering with the scenario's
 * responses (or the balance its simulated ledger ends at), the main step, then the post step.
 */
function demoRunner({ historyWorkspace }) {
  return async scenario => {
    const { startDeepSeekEmulator } = await import('../emulator/deepseek-server.mjs')
    const { runMainThenPost } = await import('../emulator/runner.mjs')
    const workspace = scenario.history && historyWorkspace(scenario)
    const emulator = await startDeepSeekEmulator({
      apiKey: PREVIEW_KEY,
      responses: workspace?.responses ?? scenario.responses,
      ...(scenario.spendPerRequest && { spendPerRequest: scenario.spendPerRequest })
    })
    try {
      return await runMainThenPost({
        inputs: { 'api-key': PREVIEW_KEY, 'base-url': emulator.url, ...scenario.inputs },
        ...(workspace && { env: workspace.env })
      })
    } finally {
      await emulator.close()
      workspace?.remove()
    }
  }
}

/** `A funded account, gate with…` -> `a-funded-account-gate-with-min-balance-5`, for a file name. */
export function slug(title) {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // Whole words only, up to about 40 characters.
  return (words.length > 40 ? words.slice(0, 41).replace(/-[^-]*$/, '') : words) || 'scenario'
}

const markdown = new Marked({ gfm: true })
markdown.use({
  renderer: {
    // Mermaid blocks become what mermaid.run() draws, as GitHub draws them; the rest stays code.
    code({ text, lang }) {
      return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false
    }
  }
})

/** The job summary as GitHub shows it: GitHub-flavoured Markdown, raw HTML (<sub>) kept. */
export function summaryHtml(summary) {
  return markdown.parse(summary)
}

function page(scenario, main, post) {
  const summary = main.summary + post.summary
  const log = [visible(main.stdout), visible(post.stdout)].filter(Boolean)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(scenario.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1 class="scenario">${escapeHtml(scenario.title)}</h1>
<p class="meta">inputs: <code>${escapeHtml(JSON.stringify(scenario.inputs))}</code>; gate exit code ${main.exitCode}, post step exit code ${post.exitCode}</p>
<section class="box">
<header>check summary</header>
<article class="markdown-body">
${summaryHtml(summary)}
</article>
</section>
<section class="box log">
<header>log (debug lines and masks hidden, as the runner shows it)</header>
<pre>${log.map(escapeHtml).join('\n<span class="post">── post step</span>\n')}</pre>
</section>
</main>
<script src="mermaid.min.js"></script>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' })
mermaid
  .run({ querySelector: 'pre.mermaid' })
  .then(() => { document.body.dataset.mermaid = 'done' })
  .catch(error => {
    document.body.dataset.mermaid = 'error'
    document.body.dataset.mermaidError = String(error && error.message || error)
  })
</script>
</body>
</html>
`
}

function indexPage(pages) {
  const items = pages
    .map(
      ({ name, title, exitCodes }) =>
        `<li><a href="${name}.html">${escapeHtml(title)}</a> <span class="meta">(exit codes ${exitCodes.join(', ')})</span></li>`
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Job summaries</title><style>${CSS}</style></head>
<body><main><h1 class="scenario">The demo's job summaries</h1><ul>
${items}
</ul></main></body></html>
`
}

/* global document -- the functions given to waitForFunction and evaluate run in the page */

/** Opens each page in Chromium, waits for Mermaid's pictures, and saves the page as a PNG. */
async function screenshots(executablePath, pages) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } })
    // No network: the page and Mermaid's bundle are files.
    await context.route(/^(?!file:)/, route => route.abort())
    for (const entry of pages) {
      const tab = await context.newPage()
      await tab.goto(pathToFileURL(entry.html).href)
      await tab.waitForFunction(() => document.body.dataset.mermaid !== undefined, null, {
        timeout: 20000
      })
      const state = await tab.evaluate(() => ({
        ...document.body.dataset,
        blocks: document.querySelectorAll('pre.mermaid').length,
        drawn: document.querySelectorAll('pre.mermaid svg[aria-roledescription="xychart"]').length
      }))
      if (state.mermaid !== 'done' || state.drawn !== state.blocks) {
        throw new Error(
          `${entry.name}: Mermaid drew ${state.drawn} of ${state.blocks} charts: ${state.mermaidError ?? ''}`
        )
      }
      entry.charts = state.drawn
      entry.png = entry.html.replace(/\.html$/, '.png')
      await tab.screenshot({ path: entry.png, fullPage: true })
      await tab.close()
    }
  } finally {
    await browser.close()
  }
}

/** The log as the runner shows it: without debug lines (and masks, which it hides). */
function visible(stdout) {
  return stdout
    .split('\n')
    .filter(line => line && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    .join('\n')
}

function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// Close to GitHub's run page and its Markdown (Primer's light colours), enough to judge a layout.
const CSS = `
body { margin: 0; background: #f6f8fa; color: #1f2328;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1012px; margin: 0 auto; padding: 24px 16px; }
h1.scenario { font-size: 20px; font-weight: 600; margin: 0 0 4px; }
.meta { color: #59636e; margin: 0 0 16px; }
.box { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; margin-bottom: 16px; }
.box > header { padding: 12px 16px; border-bottom: 1px solid #d1d9e0; font-weight: 600; }
.markdown-body { padding: 16px 32px 24px; word-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body h2, .markdown-body h3 { font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body blockquote,
.markdown-body pre { margin: 0 0 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body table th { font-weight: 600; }
.markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body table tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body sub { color: #59636e; }
.markdown-body pre.mermaid { background: none; padding: 0; text-align: center; }
.markdown-body pre.mermaid svg { max-width: 100%; }
.log pre { margin: 0; padding: 12px 16px; background: #010409; color: #f0f6fc; border-radius: 0 0 6px 6px;
  font: 12px/1.6 ui-monospace, SFMono-Regular, "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
.log .post { color: #9198a1; }
`

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--out')
  try {
    const pages = await preview({
      out: at >= 0 ? resolve(args[at + 1]) : join(ROOT, 'preview'),
      entry: args.includes('--dist') ? join(ROOT, 'dist', 'index.js') : undefined,
      png: !args.includes('--no-png')
    })
    for (const { html, png, charts } of pages) {
      console.log(html)
      if (png) console.log(`${png} (${charts} charts drawn by Mermaid)`)
    }
    if (!pages.some(entry => entry.png) && !args.includes('--no-png')) {
      console.log('(no Chromium at /usr/bin/chromium or CHROMIUM_PATH: pages only, no PNGs)')
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
