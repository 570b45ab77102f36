// `npm run demo`: runs the committed dist/index.js against the DeepSeek emulator on 127.0.0.1,
// the way the runner does, and shows what a workflow would see. Needs no key and no `npm ci`.
import { FUNDED_BALANCE, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { runAction } from '../emulator/runner.mjs'

const DEMO_KEY = 'sk-demo0000000000000000000000000000'

const scenarios = [
  {
    title: 'A funded account, gate with min-balance 5 and warn-balance 20',
    responses: [{ json: FUNDED_BALANCE }],
    inputs: { 'min-balance': '5', 'warn-balance': '20' }
  },
  {
    title: 'A low account (CNY 0.50), gate with min-balance 1: the step fails',
    responses: [
      {
        json: {
          is_available: true,
          balance_infos: [
            {
              currency: 'CNY',
              total_balance: '0.50',
              granted_balance: '0.50',
              topped_up_balance: '0.00'
            }
          ]
        }
      }
    ],
    inputs: { 'min-balance': '1' }
  },
  {
    title: 'DeepSeek busy (503, then blank lines before the body): retried, then ok',
    responses: [
      { status: 503, json: { error: { message: 'Server Overloaded' } } },
      { blankLinesMs: 300, json: FUNDED_BALANCE }
    ],
    inputs: { 'min-balance': '5', currency: 'usd' }
  }
]

for (const scenario of scenarios) {
  const emulator = await startDeepSeekEmulator({ apiKey: DEMO_KEY, responses: scenario.responses })
  try {
    const run = await runAction({
      inputs: { 'api-key': DEMO_KEY, 'base-url': emulator.url, ...scenario.inputs }
    })
    const log = run.stdout
      .split('\n')
      .filter(line => line && !line.startsWith('::debug::'))
      .join('\n')
    console.log(`\n━━ ${scenario.title}`)
    console.log(`inputs: ${JSON.stringify(scenario.inputs)}`)
    console.log(
      `exit code ${run.exitCode}, ${Math.round(run.elapsedMs)} ms, ${emulator.requests.length} request(s)`
    )
    console.log('\n── log (what the runner shows)\n' + log)
    console.log('\n── outputs (steps.<id>.outputs.*)')
    for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`)
    console.log('\n── job summary (Markdown)\n' + run.summary)
  } finally {
    await emulator.close()
  }
}
