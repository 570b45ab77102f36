import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  MIN_SECRET_PIECE,
  clean,
  cleanOutsideText,
  cleanUrl,
  forgetSecrets,
  ours,
  own,
  protectSecret
} from '../src/base/outside-text.js'
import { baselineProblemText, failureText, inputProblemText } from '../src/report/messages.js'

const redactSecret = (text: string, secret: string): string =>
  cleanOutsideText(text, [secret], 10_000)

const KEY = 'sk-0123456789abcdef0123456789abcdef'

describe('cleanOutsideText: the key', () => {
  it('replaces every occurrence in any letter case', () => {
    expect(redactSecret(`key ${KEY} and ${KEY.toUpperCase()}!`, KEY)).toBe('key *** and ***!')
  })

  it('removes pieces of the key: truncated, without its prefix, cut at either end', () => {
    expect(redactSecret(`Incorrect API key provided: ${KEY.slice(0, 12)}...`, KEY)).toBe(
      'Incorrect API key provided: ***...'
    )
    expect(redactSecret(`token=${KEY.slice(3)};`, KEY)).toBe('token=***;')
    expect(redactSecret(`[${KEY.slice(0, -1)}]`, KEY)).toBe('[***]')
    expect(redactSecret(`x${KEY.slice(10, 10 + MIN_SECRET_PIECE)}y`, KEY)).toBe('x***y')
  })

  it('leaves pieces shorter than the minimum, which any text may contain', () => {
    const short = KEY.slice(3, 3 + MIN_SECRET_PIECE - 1)
    expect(redactSecret(`value ${short} here`, KEY)).toBe(`value ${short} here`)
  })

  it("removes DeepSeek's masked echo of the last characters", () => {
    expect(redactSecret('Your api key: ****cdef is invalid', KEY)).toBe(
      'Your api key: *** is invalid'
    )
  })

  it('treats the secret as text, not a pattern', () => {
    expect(redactSecret('a.b.c.d axbxcxd', 'a.b.c.d')).toBe('*** axbxcxd')
    expect(redactSecret('(x)+(y)* (x)', '(x)+(y)*')).toBe('*** (x)')
  })

  it('leaves text alone when there is no secret', () => {
    expect(cleanOutsideText('nothing here', [])).toBe('nothing here')
    expect(redactSecret('', KEY)).toBe('')
  })

  it('never leaves a piece of the key in any text around it', () => {
    const alphabet = fc.constantFrom(...'ab01-_ :'.split(''))
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 20 }),
        fc.nat(KEY.length - MIN_SECRET_PIECE),
        fc.integer({ min: MIN_SECRET_PIECE, max: KEY.length }),
        fc.string({ unit: alphabet, maxLength: 20 }),
        (before, start, length, after) => {
          const piece = KEY.slice(start, start + length)
          const cleaned = redactSecret(`${before}${piece}${after}`, KEY).toLowerCase()
          for (let i = 0; i + MIN_SECRET_PIECE <= KEY.length; i++) {
            expect(cleaned).not.toContain(KEY.slice(i, i + MIN_SECRET_PIECE).toLowerCase())
          }
        }
      )
    )
  })
})

describe('cleanOutsideText: the key with repeating characters', () => {
  it('covers overlapping pieces, as in a run of zeros', () => {
    expect(redactSecret('key sk-a0000000000 end', 'sk-a0000000000')).toBe('key *** end')
    expect(redactSecret('tail 00000000', 'sk-a0000000000')).toBe('tail ***')
  })
})

describe('cleanOutsideText: the other steps, in order', () => {
  const cleaned = (text: string, max?: number): string => cleanOutsideText(text, [KEY], max)

  it('decodes JSON, percent and HTML escapes before anything else', () => {
    expect(cleaned('a\\u0041\\n%42&#67;&#x44;')).toBe('aA BCD')
    expect(cleaned(`\\u${'0073'}${KEY.slice(1)}`)).toBe('***')
  })

  it('folds compatibility forms and look-alike letters', () => {
    expect(cleaned('ｆｕｌｌ ｗｉｄｔｈ')).toBe('full width')
    expect(cleaned('ѕk-0123456789аbcdef')).toBe('***')
  })

  it('removes what renders as nothing or moves the cursor, keeping words apart', () => {
    expect(cleaned('a\u200bb\u0301c\ufe0fd\u034fe\u001b[31mf\rg\u2028h\u3164i')).toBe(
      'abcde[31mf g hi'
    )
  })

  it('neutralises runner commands: ## [ anywhere, : : at a line start', () => {
    expect(cleaned('x ##[set-output name=a;]b')).toBe('x ## [set-output name=a;]b')
    expect(cleaned('::error::x')).toBe(': :error::x')
    // Mid-line, once the text is one line, :: is text to the runner.
    expect(cleaned('ok\n  ::stop-commands::t')).toBe('ok ::stop-commands::t')
    expect(cleaned('#\u200b#[warning]x')).toBe('## [warning]x')
    expect(cleaned('a::b [::1]')).toBe('a::b [::1]')
  })

  it('makes one line and caps its length with an ellipsis', () => {
    expect(cleaned(' a \n\t b ')).toBe('a b')
    expect(cleaned('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(Array.from(cleaned('😀'.repeat(20), 5))).toHaveLength(5)
  })
})

describe('ours and cleanUrl', () => {
  it('splices clean parts and numbers into our own sentence', () => {
    expect(ours`HTTP ${401}: ${clean('a\nb')}`).toBe('HTTP 401: a b')
  })

  it('shows a URL without userinfo, query or fragment', () => {
    expect(cleanUrl(new URL('https://user:pass@gw.example:8443/deepseek/?token=t#f'))).toBe(
      'https://gw.example:8443/deepseek/'
    )
    expect(cleanUrl(new URL('http://[::1]:8787/'))).toBe('http://[::1]:8787')
  })
})

describe('own', () => {
  // A key that shares six characters and more with input names, a field and a variable.
  const KEY_LIKE_OUR_WORDS = 'sk-max-spend-balance_infos-HTTPS_PROXY'

  afterEach(() => forgetSecrets())

  it('never cleans an input name, even when the key shares six characters with it', () => {
    protectSecret(KEY_LIKE_OUR_WORDS)
    expect(clean('max-spend')).toBe('***')
    expect(own('max-spend')).toBe('max-spend')
    expect(inputProblemText({ kind: 'invalid', input: 'max-spend', value: clean('lots') })).toMatch(
      /^Input 'max-spend' must be /
    )
  })

  it('shows our own field and variable names as written, whatever the key', () => {
    protectSecret(KEY_LIKE_OUR_WORDS)
    expect(baselineProblemText({ kind: 'missing', field: 'balance_infos' })).toBe(
      'it has no balance_infos'
    )
    expect(failureText({ kind: 'proxy-setting', variable: 'HTTPS_PROXY' })).toBe(
      'The proxy variable HTTPS_PROXY is not a URL, so no request was sent.'
    )
  })

  it('takes words of a literal type only, never a plain string', () => {
    const outside: string = 'from a server'
    // @ts-expect-error a plain string could come from outside: it must go through clean()
    expect(own(outside)).toBe('from a server')
  })
})
