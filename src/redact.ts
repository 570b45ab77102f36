/** Pieces of the secret this long or longer are removed too: a truncated echo is still a leak. */
export const MIN_SECRET_PIECE = 6

/**
 * Cleans text that came from the server of the secret: the secret itself and any piece of it of
 * MIN_SECRET_PIECE characters or more, in any letter case, become `***`; so do masked echoes
 * such as DeepSeek's `****abcd`, which show the key's last characters.
 */
export function redactSecret(raw: string, secret: string): string {
  if (secret === '' || raw === '') return raw
  const text = raw.replace(/\*{3,}[A-Za-z0-9_-]+/g, '***')
  const covered = new Uint8Array(text.length)
  const width = Math.min(MIN_SECRET_PIECE, secret.length)
  // Every piece of the secret of `width` or more characters is a run of overlapping windows of
  // `width` characters, so marking where each window occurs marks every such piece.
  for (let start = 0; start + width <= secret.length; start++) {
    // Overlapping matches too: in `0000000` the window `000000` stands at two places.
    const window = new RegExp(escapeRegExp(secret.slice(start, start + width)), 'gi')
    for (let match = window.exec(text); match; match = window.exec(text)) {
      covered.fill(1, match.index, match.index + width)
      window.lastIndex = match.index + 1
    }
  }
  const parts: string[] = []
  for (let index = 0; index < text.length;) {
    const start = index
    const hidden = covered[index] === 1
    while (index < text.length && (covered[index] === 1) === hidden) index++
    parts.push(hidden ? '***' : text.slice(start, index))
  }
  return parts.join('')
}

/** Drops format and control characters (zero-width spaces and the like), keeping white space. */
export function withoutInvisibles(text: string): string {
  return text.replace(/[\p{Cf}\p{Cc}]/gu, character => (/\s/.test(character) ? character : ''))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
