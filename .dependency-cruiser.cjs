// The layers of src/ (see CONTRIBUTING.md, "Layers"): each imports only layers below it, so data
// flows down and words are written at the top. `npm run lint` runs this; an upward import, a
// sideways one between read/ and settings/, or a cycle fails it.
//
//   5  src/index.ts            the entry: the gate, or the post step
//   4  src/main.ts, post.ts    orchestration: settings -> read -> decide -> report
//   3  src/report/             the sinks (log, outputs, summary, state) and every sentence
//   2  src/decide/             pure: balance and settings -> one verdict per step
//   1  src/read/, src/settings/  the balance from DeepSeek; the inputs as settings
//   0  src/base/               the cleaning boundary, the snapshot format, currencies, decimals
const LAYERS = [
  { name: 'base', path: '^src/base/', rank: 0 },
  { name: 'read', path: '^src/read/', rank: 1 },
  { name: 'settings', path: '^src/settings/', rank: 1 },
  { name: 'decide', path: '^src/decide/', rank: 2 },
  { name: 'report', path: '^src/report/', rank: 3 },
  { name: 'steps', path: '^src/(main|post)\\.ts$', rank: 4 },
  { name: 'entry', path: '^src/index\\.ts$', rank: 5 }
]

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.flatMap(layer => {
      const above = LAYERS.filter(
        other => other.rank > layer.rank || (other.rank === layer.rank && other !== layer)
      )
      if (above.length === 0) return []
      return {
        name: `${layer.name}-imports-down-only`,
        comment: `src/ layer ${layer.rank} (${layer.name}) may import only layers below it.`,
        severity: 'error',
        from: { path: layer.path },
        to: { path: above.map(other => other.path) }
      }
    }),
    {
      name: 'no-cycles',
      comment: 'A module of src/ that imports itself back, however far round.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'in-a-layer',
      comment: 'Every module of src/ belongs to a layer (src/shims only to the bundle).',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [...LAYERS.map(layer => layer.path), '^src/shims/']
      },
      to: {}
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.cjs', '.mjs'] }
  }
}
