/**
 * The currencies DeepSeek bills in, in the order the check prefers them when `currency` is
 * empty. Everything per currency follows from this list: the `currency` input, the `cny-*` and
 * `usd-*` outputs, the words that name them.
 */
export const CURRENCIES = ['CNY', 'USD'] as const
export type Currency = (typeof CURRENCIES)[number]

/** The currency a code names, in any letter case; undefined for any other text. */
export function currencyNamed(code: string): Currency | undefined {
  const upper = code.toUpperCase()
  return CURRENCIES.find(currency => currency === upper)
}

/** The prefix of a currency's own outputs: `cny` for `cny-total-balance`. */
export function outputPrefix(currency: Currency): Lowercase<Currency> {
  return currency.toLowerCase() as Lowercase<Currency>
}
