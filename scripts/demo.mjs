// `npm run demo`: runs the committed dist/index.js against the DeepSeek emulator on 127.0.0.1,
// the way the runner does, and shows what a workflow would see. Needs no key and no `npm ci`.
import { FUNDED_BALANCE, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { runMainThenPost } from '../emulator/runner.mjs'

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
  },
  {
    title: 'A job that spends 0.42 CNY, with a job budget of 0.40: the post step fails the job',
    responses: [{ json: FUNDED_BALANCE }],
    spendPerRequest: { currency: 'CNY', amount: '0.42' },
    inputs: { 'min-balance': '5', currency: 'CNY', 'max-spend': '0.40' }
  }
]

for (const scenario of scenarios) {
  const emulator = await startDeepSeekEmulator({
    apiKey: DEMO_KEY,
    responses: scenario.responses,
    ...(scenario.spendPerRequest && { spendPerRequest: scenario.spendPerRequest })
  })
  try {
    // The main step, then the post step at the end of the job (post-if: always()).
    const { main, post } = await runMainThenPost({
      inputs: { 'api-key': DEMO_KEY, 'base-url': emulator.url, ...scenario.inputs }
    })
    console.log(`\n━━ ${scenario.title}`)
    console.log(`inputs: ${JSON.stringify(scenario.inputs)}`)
    console.log(
      `main step: exit code ${main.exitCode}, ${Math.round(main.elapsedMs)} ms; ` +
        `post step: exit code ${post.exitCode}; ${emulator.requests.length} request(s)`
    )
    console.log('\n── log of the main step (what the runner shows)\n' + visible(main.stdout))
    console.log('\n── outputs (steps.<id>.outputs.*)')
    for (const [name, value] of Object.entries(main.outputs)) console.log(`${name} = ${value}`)
    console.log('\n── job summary (Markdown)\n' + main.summary)
    if (visible(post.stdout)) {
      console.log('── log of the post step\n' + visible(post.stdout))
      console.log('\n── its part of the job summary\n' + post.summary)
    }
  } finally {
    await emulator.close()
  }
}

/** The log as the runner shows it: without debug lines (and masks, which it hides). */
function visible(stdout) {
  return stdout
    .split('\n')
    .filter(line => line && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    .join('\n')
}
