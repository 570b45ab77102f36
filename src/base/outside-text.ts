/**
 * THE boundary for outside text. Every string that did not come from this action's own source
 * (server bodies and headers, redirect targets, echoed inputs, file-system errors) becomes
 * `CleanText` here before it reaches a log line, an annotation, an output or the summary. The
 * sinks (report/log.ts, report/outputs.ts, report/summary.ts) accept only `CleanText`, so an
 * uncleaned string does not type-check.
 */

declare const cleaned: unique symbol
/** Text that is safe to show: no key, no runner command, one line, bounded. */
export type CleanText = string & { readonly [cleaned]: true }

/** Pieces of a secret this long or longer are removed: a truncated echo is still a leak. */
export const MIN_SECRET_PIECE = 6
/** Default cap on one piece of outside text, in characters; longer text ends with `...`. */
export const MAX_OUTSIDE_LENGTH = 200
// Only the start of a long body is examined: the shown text is capped far below this anyway.
const MAX_SCANNED_LENGTH = 16_384
const MAX_DECODE_ROUNDS = 4

const secrets = new Set<string>()
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Registers a secret (the API key) to be removed from all outside text from now on. */
export function protectSecret(secret: string): void {
  if (secret !== '') secrets.add(secret)
}

/** For tests: forget every registered secret. */
export function forgetSecrets(): void {
  secrets.clear()
}

/** Outside text, cleaned with the registered secrets. */
export function clean(raw: string, maxLength = MAX_OUTSIDE_LENGTH): CleanText {
  return cleanOutsideText(raw, [...secrets], maxLength)
}

/**
 * A URL as it may be shown anywhere: scheme, host, port and path only. Userinfo, query and
 * fragment can carry credentials and are never shown.
 */
export function cleanUrl(url: URL, maxLength = MAX_OUTSIDE_LENGTH): CleanText {
  return clean(`${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`, maxLength)
}

/**
 * Our own sentence with cleaned parts: a tagged template whose literal parts come from this
 * source code and whose values must be `CleanText` or numbers, so raw outside text cannot be
 * spliced in.
 */
export function ours(strings: TemplateStringsArray, ...values: (CleanText | number)[]): CleanText {
  return strings.reduce(
    (text, literal, index) => text + String(values[index - 1]) + literal
  ) as CleanText
}

/**
 * One of our own words (an input's name, a status, a field of DeepSeek's): a value of a string
 * literal type, shown as written. Cleaning it could only hurt: a key that shares six characters
 * with `max-spend` would turn it into `***`. A plain `string`, which could come from outside,
 * does not type-check.
 */
export function own<Word extends string>(word: string extends Word ? never : Word): CleanText {
  return word as string as CleanText
}

/** JSON built only from clean strings (and numbers, booleans): its keys are ours. */
export type CleanJson =
  CleanText | number | boolean | null | readonly CleanJson[] | { readonly [key: string]: CleanJson }

/** One line of JSON from clean parts; no cleaning again, which could cut or change its syntax. */
export function cleanJson(value: CleanJson): CleanText {
  return JSON.stringify(value) as CleanText
}

/** Joins clean parts (for example a message and its hint). */
export function joinClean(parts: readonly (CleanText | undefined)[], separator = ' '): CleanText {
  return parts.filter(part => part !== undefined && part !== '').join(separator) as CleanText
}

/**
 * The whole cleaning, in this order: decode JSON, percent and HTML escapes (so an encoded key
 * is seen); normalise (NFKC, and letters that only look Latin); remove what renders as nothing
 * or moves the cursor; remove the secrets and every piece of them of MIN_SECRET_PIECE characters
 * or more, in any letter case, also spread out by separators; neutralise runner commands; one
 * line; cap the length.
 */
export function cleanOutsideText(
  raw: string,
  secretList: readonly string[],
  maxLength = MAX_OUTSIDE_LENGTH
): CleanText {
  let text = decodeEscapes(raw.slice(0, MAX_SCANNED_LENGTH))
  // Printable ASCII has nothing to normalise and nothing invisible; skipping the Unicode tables
  // there keeps them (about a MiB) out of a run that meets no other text.
  if (!PRINTABLE_ASCII.test(text)) text = withoutInvisibles(normalise(text))
  for (const secret of secretList) text = withoutSecret(text, secret)
  return capLength(oneLine(neutraliseCommands(text)), maxLength) as CleanText
}

function decodeEscapes(text: string): string {
  let current = text
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    const next = decodeHtmlEntities(decodePercent(decodeJsonEscapes(current)))
    if (next === current) break
    current = next
  }
  return current
}

const JSON_SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  '/': '/',
  '\\': '\\'
}

function decodeJsonEscapes(text: string): string {
  return text.replace(
    /\\(?:u([0-9a-fA-F]{4})|([nrtbf"/\\]))/g,
    (_match, hex?: string, simple?: string) =>
      hex !== undefined
        ? String.fromCharCode(parseInt(hex, 16))
        : // Stryker disable next-line StringLiteral: never used, the pattern matches only escapes in the table
          (JSON_SIMPLE_ESCAPES[simple ?? ''] ?? '')
  )
}

function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, run =>
    Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8')
  )
}

function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));?/g,
    (match, hex?: string, dec?: string) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return code <= 0x10ffff ? String.fromCodePoint(code) : match
    }
  )
}

// Letters of other scripts that look like the Latin letters and digits an API key is made of:
// Cyrillic (U+04xx, U+05xx) and Greek (U+03xx) small letters, then capitals. NFKC leaves them
// alone; a reader would not. Written as escapes: these letters are made to be mistaken for
// Latin ones, so here the code point is the clearer form.
const LOOKALIKES: Record<string, string> = {
  '\u0430': 'a',
  '\u0432': 'b',
  '\u0441': 'c',
  '\u0501': 'd',
  '\u0435': 'e',
  '\u04bb': 'h',
  '\u0456': 'i',
  '\u0458': 'j',
  '\u043a': 'k',
  '\u04cf': 'l',
  '\u043c': 'm',
  '\u043e': 'o',
  '\u0440': 'p',
  '\u051b': 'q',
  '\u0455': 's',
  '\u0442': 't',
  '\u057d': 'u',
  '\u051d': 'w',
  '\u0445': 'x',
  '\u0443': 'y',
  '\u03bf': 'o',
  '\u03b1': 'a',
  '\u03bd': 'v',
  '\u03b9': 'i',
  '\u03ba': 'k',
  '\u03c4': 't',
  '\u03c1': 'p',
  '\u0391': 'A',
  '\u0412': 'B',
  '\u0421': 'C',
  '\u0415': 'E',
  '\u041d': 'H',
  '\u0406': 'I',
  '\u0408': 'J',
  '\u041a': 'K',
  '\u041c': 'M',
  '\u041e': 'O',
  '\u0420': 'P',
  '\u0405': 'S',
  '\u0422': 'T',
  '\u0425': 'X',
  '\u04ae': 'Y',
  '\u039f': 'O',
  '\u0392': 'B',
  '\u0395': 'E',
  '\u0396': 'Z',
  '\u0397': 'H',
  '\u0399': 'I',
  '\u039a': 'K',
  '\u039c': 'M',
  '\u039d': 'N',
  '\u03a1': 'P',
  '\u03a4': 'T',
  '\u03a7': 'X',
  '\u03a5': 'Y'
}
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g')

function normalise(text: string): string {
  return text.normalize('NFKC').replace(LOOKALIKE_PATTERN, letter => LOOKALIKES[letter] ?? letter)
}

// What renders as nothing or moves the cursor: control (Cc) and format (Cf) characters,
// combining marks (Mn, Me: variation selectors and the combining grapheme joiner among them),
// line and paragraph separators (Zl, Zp), unassigned, private-use and lone surrogate code
// points, every default-ignorable code point (Hangul fillers, Mongolian selectors, tags), and
// the blank Braille pattern. White space among them becomes a space, so words stay apart.
// Built on first use: a `\p{...}` pattern is checked against Unicode's tables when it is parsed,
// which a run that meets only printable ASCII never needs.
let invisible: RegExp | undefined
const INVISIBLE_PATTERN =
  '[\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}\\p{Zl}\\p{Zp}\\p{Cn}\\p{Co}\\p{Cs}\\p{Default_Ignorable_Code_Point}\\u2800]'

function withoutInvisibles(text: string): string {
  invisible ??= new RegExp(INVISIBLE_PATTERN, 'gu')
  return text.replace(invisible, character => (/\s/.test(character) ? ' ' : ''))
}

/**
 * Removes the secret: the whole of it and every piece of MIN_SECRET_PIECE characters or more in
 * any letter case, as written or with separators (spaces, punctuation) between its letters and
 * digits; and masked echoes such as DeepSeek's `****abcd`, which show the key's last characters.
 */
function withoutSecret(raw: string, secret: string): string {
  const text = raw.replace(/\*{3,}[A-Za-z0-9_-]+/g, '***')
  const lower = asciiLower(text)
  const secretLower = asciiLower(secret)
  const covered = new Uint8Array(text.length)
  let found = coverPieces(lower, secretLower, covered, index => index)
  // The same over letters and digits only, so `s k - a b c ...` or `skabc-defgh-...` is found too.
  const secretSkeleton = secretLower.replace(/[^a-z0-9]/g, '')
  // A secret that is mostly punctuation has too short a skeleton to tell apart from any text.
  if (secretSkeleton.length >= MIN_SECRET_PIECE) {
    const skeleton = lower.replace(/[^a-z0-9]/g, '')
    let positions: number[] | undefined
    const toOriginal = (index: number): number =>
      (positions ??= skeletonPositions(lower))[index] ?? 0
    found = coverPieces(skeleton, secretSkeleton, covered, toOriginal) || found
  }
  if (!found) return text
  const parts: string[] = []
  for (let index = 0; index < text.length;) {
    const start = index
    const hidden = covered[index] === 1
    while (index < text.length && (covered[index] === 1) === hidden) index++
    parts.push(hidden ? '***' : text.slice(start, index))
  }
  return parts.join('')
}

/** Where each letter and digit of `text` stands, in order: the skeleton's index to the text's. */
function skeletonPositions(text: string): number[] {
  const positions: number[] = []
  for (let index = 0; index < text.length; index++) {
    // Stryker disable next-line StringLiteral: never used, the index is inside the text
    if (/[a-z0-9]/.test(text[index] ?? '')) positions.push(index)
  }
  return positions
}

/** Lower case for A-Z only, so that indexes stay those of the original text. */
function asciiLower(text: string): string {
  // For ASCII, toLowerCase() is exactly that, without a call per capital letter.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase()
  return text.replace(/[A-Z]/g, letter => letter.toLowerCase())
}

/**
 * Marks in `covered` every place where a window of MIN_SECRET_PIECE characters of `secret`
 * stands in `text` (overlapping ones too), and says whether there was one. Every longer piece is
 * a run of such windows. `toOriginal` maps an index of `text` to one of the text `covered`
 * describes.
 */
function coverPieces(
  text: string,
  secret: string,
  covered: Uint8Array,
  toOriginal: (index: number) => number
): boolean {
  const width = Math.min(MIN_SECRET_PIECE, secret.length)
  // Stryker disable next-line BooleanLiteral: found only spares withoutSecret rebuilding the text unchanged
  if (width === 0 || text.length < width) return false
  // Stryker disable next-line BooleanLiteral: found only spares withoutSecret rebuilding the text unchanged
  let found = false
  for (let start = 0; start + width <= secret.length; start++) {
    const window = secret.slice(start, start + width)
    for (let at = text.indexOf(window); at >= 0; at = text.indexOf(window, at + 1)) {
      covered.fill(1, toOriginal(at), toOriginal(at + width - 1) + 1)
      found = true
    }
  }
  return found
}

/**
 * The runner reads `::name::` at the start of a line (after spaces) and the legacy `##[name]`
 * anywhere in a line. Neither survives: `##[` becomes `## [`, a leading `::` becomes `: :`.
 */
function neutraliseCommands(text: string): string {
  return text.replace(/##\[/g, '## [').replace(/^(\s*):(?=:)/gm, '$1: ')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function capLength(text: string, maxLength: number): string {
  // No text has more characters than UTF-16 units: most need no counting (nor an array of them).
  if (text.length <= maxLength) return text
  const characters = Array.from(text)
  if (characters.length <= maxLength) return text
  return `${characters.slice(0, Math.max(0, maxLength - 1)).join('')}…`
}
