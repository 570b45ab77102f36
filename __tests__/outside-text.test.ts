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

describe('cleanOutsideText: each escape class, decoded', () => {
  const decoded = (text: string): string => cleanOutsideText(text, [])

  it.each([
    ['a\\nb', 'a b'],
    ['a\\rb', 'a b'],
    ['a\\tb', 'a b'],
    ['a\\fb', 'a b'],
    // A backspace renders as nothing.
    ['a\\bb', 'ab'],
    ['say \\"hi\\"', 'say "hi"'],
    ['a\\/b', 'a/b'],
    ['C:\\\\dir', 'C:\\dir'],
    ['\\u0041\\u004a\\u004A', 'AJJ'],
    // Not JSON escapes: shown as written.
    ['\\x41 \\q \\u004', '\\x41 \\q \\u004']
  ])('JSON: %j shows as %j', (text, shown) => {
    expect(decoded(text)).toBe(shown)
  })

  it.each([
    ['%41%42', 'AB'],
    // A character of several UTF-8 bytes, in either letter case.
    ['%E2%82%AC = %e2%82%ac', '€ = €'],
    ['caf%C3%A9', 'café'],
    // Not escapes: shown as written.
    ['100% %4 %zz', '100% %4 %zz']
  ])('percent: %j shows as %j', (text, shown) => {
    expect(decoded(text)).toBe(shown)
  })

  it.each([
    ['&#65;&#x42;&#x4a;&#x4A;', 'ABJJ'],
    // Without the `;`, as browsers read them too.
    ['&#65&#x42!', 'AB!'],
    ['&#x1F600;', '😀'],
    // U+10FFFF is the last code point (a noncharacter, so removed); past it is no character.
    ['a&#1114111;b &#x10FFFF;', 'ab'],
    ['a&#1114112;b &#x110000; &#9999999;', 'a&#1114112;b &#x110000; &#9999999;'],
    // Only numeric entities, with a lower-case x.
    ['&amp; &#X41;', '&amp; &#X41;']
  ])('HTML: %j shows as %j', (text, shown) => {
    expect(decoded(text)).toBe(shown)
  })

  it('decodes escapes nested up to four deep, and leaves a fifth level as it is', () => {
    // %25 is an escaped %: each level adds one.
    expect(decoded('%41 %2541 %252541 %25252541')).toBe('A A A A')
    expect(decoded('%2525252541')).toBe('%41')
    // A mix: JSON of percent of HTML.
    expect(decoded('\\u0025\\u0032\\u0036#65;')).toBe('A')
    expect(decoded('&#38;#65;')).toBe('A')
  })

  it('decodes \\b to a backspace, removed afterwards: it does not join its neighbours into an escape', () => {
    expect(decoded('%4\\b1')).toBe('%41')
  })

  it('finds a key written with escapes of every class', () => {
    const escaped = '\\u0073%6b&#45;&#x30;123456789abcdef0123456789abcdef'
    expect(cleanOutsideText(`key ${escaped} end`, [KEY])).toBe('key *** end')
  })
})

describe('cleanOutsideText: letters of other scripts that look Latin', () => {
  // [the look-alike, the Latin letter a reader takes it for, its Unicode name]
  const LOOK_ALIKES: [string, string, string][] = [
    ['\u0430', 'a', 'CYRILLIC SMALL LETTER A'],
    ['\u0432', 'b', 'CYRILLIC SMALL LETTER VE'],
    ['\u0441', 'c', 'CYRILLIC SMALL LETTER ES'],
    ['\u0501', 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
    ['\u0435', 'e', 'CYRILLIC SMALL LETTER IE'],
    ['\u04bb', 'h', 'CYRILLIC SMALL LETTER SHHA'],
    ['\u0456', 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    ['\u0458', 'j', 'CYRILLIC SMALL LETTER JE'],
    ['\u043a', 'k', 'CYRILLIC SMALL LETTER KA'],
    ['\u04cf', 'l', 'CYRILLIC SMALL LETTER PALOCHKA'],
    ['\u043c', 'm', 'CYRILLIC SMALL LETTER EM'],
    ['\u043e', 'o', 'CYRILLIC SMALL LETTER O'],
    ['\u0440', 'p', 'CYRILLIC SMALL LETTER ER'],
    ['\u051b', 'q', 'CYRILLIC SMALL LETTER QA'],
    ['\u0455', 's', 'CYRILLIC SMALL LETTER DZE'],
    ['\u0442', 't', 'CYRILLIC SMALL LETTER TE'],
    ['\u057d', 'u', 'ARMENIAN SMALL LETTER SEH'],
    ['\u051d', 'w', 'CYRILLIC SMALL LETTER WE'],
    ['\u0445', 'x', 'CYRILLIC SMALL LETTER HA'],
    ['\u0443', 'y', 'CYRILLIC SMALL LETTER U'],
    ['\u03bf', 'o', 'GREEK SMALL LETTER OMICRON'],
    ['\u03b1', 'a', 'GREEK SMALL LETTER ALPHA'],
    ['\u03bd', 'v', 'GREEK SMALL LETTER NU'],
    ['\u03b9', 'i', 'GREEK SMALL LETTER IOTA'],
    ['\u03ba', 'k', 'GREEK SMALL LETTER KAPPA'],
    ['\u03c4', 't', 'GREEK SMALL LETTER TAU'],
    ['\u03c1', 'p', 'GREEK SMALL LETTER RHO'],
    ['\u0391', 'A', 'GREEK CAPITAL LETTER ALPHA'],
    ['\u0412', 'B', 'CYRILLIC CAPITAL LETTER VE'],
    ['\u0421', 'C', 'CYRILLIC CAPITAL LETTER ES'],
    ['\u0415', 'E', 'CYRILLIC CAPITAL LETTER IE'],
    ['\u041d', 'H', 'CYRILLIC CAPITAL LETTER EN'],
    ['\u0406', 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
    ['\u0408', 'J', 'CYRILLIC CAPITAL LETTER JE'],
    ['\u041a', 'K', 'CYRILLIC CAPITAL LETTER KA'],
    ['\u041c', 'M', 'CYRILLIC CAPITAL LETTER EM'],
    ['\u041e', 'O', 'CYRILLIC CAPITAL LETTER O'],
    ['\u0420', 'P', 'CYRILLIC CAPITAL LETTER ER'],
    ['\u0405', 'S', 'CYRILLIC CAPITAL LETTER DZE'],
    ['\u0422', 'T', 'CYRILLIC CAPITAL LETTER TE'],
    ['\u0425', 'X', 'CYRILLIC CAPITAL LETTER HA'],
    ['\u04ae', 'Y', 'CYRILLIC CAPITAL LETTER STRAIGHT U'],
    ['\u039f', 'O', 'GREEK CAPITAL LETTER OMICRON'],
    ['\u0392', 'B', 'GREEK CAPITAL LETTER BETA'],
    ['\u0395', 'E', 'GREEK CAPITAL LETTER EPSILON'],
    ['\u0396', 'Z', 'GREEK CAPITAL LETTER ZETA'],
    ['\u0397', 'H', 'GREEK CAPITAL LETTER ETA'],
    ['\u0399', 'I', 'GREEK CAPITAL LETTER IOTA'],
    ['\u039a', 'K', 'GREEK CAPITAL LETTER KAPPA'],
    ['\u039c', 'M', 'GREEK CAPITAL LETTER MU'],
    ['\u039d', 'N', 'GREEK CAPITAL LETTER NU'],
    ['\u03a1', 'P', 'GREEK CAPITAL LETTER RHO'],
    ['\u03a4', 'T', 'GREEK CAPITAL LETTER TAU'],
    ['\u03a7', 'X', 'GREEK CAPITAL LETTER CHI'],
    ['\u03a5', 'Y', 'GREEK CAPITAL LETTER UPSILON']
  ]

  it.each(LOOK_ALIKES)('shows %s as %s (%s), alone and among Latin letters', (letter, latin) => {
    expect(cleanOutsideText(letter, [])).toBe(latin)
    expect(cleanOutsideText(`[${letter}${letter}]`, [])).toBe(`[${latin}${latin}]`)
  })

  it('finds a key spelled with them, in either letter case', () => {
    const key = 'sk-abcdehijklmopqstuwxyz'
    const spelled =
      '\u0455\u043a-\u0430\u0432\u0441\u0501\u0435\u04bb\u0456\u0458\u043a\u04cf\u043c\u043e\u0440\u051b\u0455\u0442\u057d\u051d\u0445\u0443'
    expect(cleanOutsideText(`key ${spelled} end`, [key])).toBe('key *** end')
    expect(cleanOutsideText('\u0391\u0392\u0421\u0395\u041d\u0399', ['sk-abcehi'])).toBe('***')
  })
})

describe('cleanOutsideText: the key among other text', () => {
  const K = 'sk-abcdefghijklmnop'

  it('keeps indexes in step after letters whose lower case is longer (İ)', () => {
    expect(cleanOutsideText(`${'İ'.repeat(12)}${K}`, [K])).toBe(`${'İ'.repeat(12)}***`)
    expect(cleanOutsideText(`İİİ key ${K.toUpperCase()}`, [K])).toBe('İİİ key ***')
  })

  it('covers a key spread out by separators from its first letter to its last', () => {
    expect(cleanOutsideText('key: a-b-c-d-e-f-g now', [K])).toBe('key: *** now')
    expect(cleanOutsideText('key: A B C D E F G now', [K])).toBe('key: *** now')
    expect(cleanOutsideText('x s k a b c y', [K])).toBe('x s k a b c y')
  })

  it('looks for a spread-out key only when its letters and digits are six or more', () => {
    // Mostly punctuation: its five letters would match ordinary words.
    expect(cleanOutsideText('words: abcde, b-c-d-e-f', ['#-#-#-abcde-#-#-#'])).toBe(
      'words: abcde, b-c-d-e-f'
    )
    expect(cleanOutsideText('a b c d e f!', ['ab-cd-ef'])).toBe('***!')
    expect(cleanOutsideText('a b c d e', ['ab-cd-e'])).toBe('a b c d e')
  })

  it('hides nothing for an empty secret', () => {
    expect(cleanOutsideText('abc', [''])).toBe('abc')
    expect(cleanOutsideText('', [''])).toBe('')
  })

  it('folds the letter case of A to Z only: İ, whose lower case is i and a dot, is no i', () => {
    expect(cleanOutsideText('İİİİİİİİ', ['sk-iiiiiiii'])).toBe('İİİİİİİİ')
  })

  it('removes a secret shorter than a piece where it stands whole', () => {
    expect(cleanOutsideText('xabcx', ['abc'])).toBe('x***x')
    expect(cleanOutsideText('ab', ['abc'])).toBe('ab')
  })

  it('removes masked echoes of three stars or more only when there is a secret', () => {
    const text = '****cdef and **cdef and ***_-x and *** alone'
    expect(cleanOutsideText(text, [])).toBe(text)
    expect(cleanOutsideText(text, ['zzzzzzzz'])).toBe('*** and **cdef and *** and *** alone')
  })

  afterEach(() => forgetSecrets())

  it('registers no empty secret', () => {
    protectSecret('')
    expect(clean('****cdef')).toBe('****cdef')
  })
})

describe('cleanOutsideText: only the start of a long text is read', () => {
  it('reads the first 16 384 characters and nothing after them', () => {
    // Zero-width spaces are removed, so what is left shows where the reading stopped.
    expect(cleanOutsideText(`${'\u200b'.repeat(16_383)}ab`, [])).toBe('a')
    expect(cleanOutsideText(`${'\u200b'.repeat(16_384)}ab`, [])).toBe('')
  })
})

describe('cleanOutsideText: the length cap at its edge', () => {
  it('keeps text of exactly the cap, and cuts one character more to the cap', () => {
    expect(clean('x'.repeat(200))).toBe('x'.repeat(200))
    expect(clean('x'.repeat(201))).toBe(`${'x'.repeat(199)}…`)
    expect(cleanOutsideText('abc', [], 3)).toBe('abc')
    expect(cleanOutsideText('abcd', [], 3)).toBe('ab…')
  })

  it('counts characters, not UTF-16 units', () => {
    expect(cleanOutsideText('😀'.repeat(5), [], 5)).toBe('😀'.repeat(5))
    expect(cleanOutsideText('😀'.repeat(6), [], 5)).toBe('😀😀😀😀…')
  })

  it('shows only the ellipsis under a cap of one or zero', () => {
    expect(cleanOutsideText('abc', [], 1)).toBe('…')
    expect(cleanOutsideText('abc', [], 0)).toBe('…')
  })
})
