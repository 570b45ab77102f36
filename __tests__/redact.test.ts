import { describe, expect, it } from '@jest/globals'
import { redactSecret } from '../src/redact.js'

describe('redactSecret', () => {
  it('replaces every occurrence in any letter case', () => {
    expect(redactSecret('key sk-Ab.1 and SK-AB.1 and sk-ab.1x', 'sk-Ab.1')).toBe(
      'key *** and *** and ***x'
    )
  })

  it('treats the secret as text, not a pattern', () => {
    expect(redactSecret('a.b axb', 'a.b')).toBe('*** axb')
    expect(redactSecret('(x)+ (x)', '(x)+')).toBe('*** (x)')
  })

  it('leaves text alone when there is no secret', () => {
    expect(redactSecret('nothing here', '')).toBe('nothing here')
  })
})
