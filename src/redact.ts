/** Replaces every occurrence of the secret, in any letter case, with `***`. */
export function redactSecret(text: string, secret: string): string {
  if (secret === '') return text
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return text.replace(new RegExp(escaped, 'gi'), '***')
}
