/** A workflow input that cannot be used. The message names the input and what it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}

/**
 * The balance could not be read: the network, the deadline, an HTTP error or a body that is not
 * a balance. `retryable` tells the retry loop whether another attempt may help.
 */
export class BalanceFetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly options: { retryAfter?: string; hint?: string } = {}
  ) {
    super(message)
    this.name = 'BalanceFetchError'
  }
}
