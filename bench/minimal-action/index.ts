// The smallest action doing the same job with the same two libraries: one GET, one output.
// It is the benchmark's yardstick for what our own code adds on top of the libraries.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'

const baseUrl = core.getInput('base-url')
const client = new HttpClient('minimal-action', [], { keepAlive: false })
const response = await client.get(`${baseUrl}/user/balance`, {
  authorization: `Bearer ${core.getInput('api-key')}`
})
core.setOutput('balance', await response.readBody())
client.dispose()
