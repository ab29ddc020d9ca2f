/**
 * Typed errors. A `BatonError` is an expected, user-facing failure with a stable
 * `code`; entry points turn it into exit code 1 (or 2 for `EUSAGE`). Anything
 * else that reaches an entry point is a bug.
 */
export class BatonError extends Error {
  /** Stable machine-readable code, e.g. `EUSAGE`, `EEMPTY`, `EWRITE`. */
  readonly code: string
  /** What the user should do next. */
  readonly hint: string | undefined
  /** The file the error is about, when there is one. */
  readonly file: string | undefined

  /**
   * @param code stable error code
   * @param message what went wrong
   * @param [details.hint] what to do about it
   * @param [details.file] which file it concerns
   */
  constructor(code: string, message: string, details: {hint?: string; file?: string; cause?: unknown} = {}) {
    super(message, details.cause === undefined ? undefined : {cause: details.cause})
    this.name = 'BatonError'
    this.code = code
    this.hint = details.hint
    this.file = details.file
  }
}

/** A usage error (unknown flag, missing argument): exit code 2. */
export function usageError(message: string, hint?: string): BatonError {
  return new BatonError('EUSAGE', message, hint === undefined ? {} : {hint})
}

/** True when `error` is a Node system error with the given `code`. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as {code?: unknown}).code))
}
