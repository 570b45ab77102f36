import { keyPieces } from './action-run.js'

/**
 * Text as a careful reader reads it: escapes decoded (JSON, percent, HTML entities, which the
 * summary renders), compatibility forms folded (NFKC), what renders as nothing removed, in
 * lower case. Written here, not imported from src/, so that a weaker cleaning cannot weaken
 * the check with it.
 */
export function asRead(text: string): string {
  return (
    text
      .replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      )
      .replace(/(?:%[0-9a-fA-F]{2})+/g, run =>
        Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1')
      )
      .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) =>
        String.fromCodePoint(parseInt(hex, 16))
      )
      .replace(/&#(\d+);?/g, (_match, dec: string) => String.fromCodePoint(Number(dec)))
      .normalize('NFKC')
      // Line breaks and tabs keep what they separate apart on a screen; the rest renders as nothing.
      .replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ')
      .replace(/[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/gu, '')
      .toLowerCase()
  )
}

/**
 * The six-character pieces of the key a reader could find in `text`: as written, and (with
 * `spread`) with the key's letters and digits spread out by spaces and punctuation. The spread
 * form is meant for one piece of cleaned text: over a whole log, the end of one piece and the
 * start of the next line would join into letters no reader takes for the key.
 */
export function keyPiecesRead(text: string, key: string, spread = true): string[] {
  const read = asRead(text)
  const literal = keyPieces(key).filter(piece => read.includes(piece))
  if (!spread) return literal
  const skeleton = read.replace(/[^a-z0-9]/g, '')
  const keySkeleton = key.toLowerCase().replace(/[^a-z0-9]/g, '')
  return [...literal, ...keyPieces(keySkeleton).filter(piece => skeleton.includes(piece))]
}
