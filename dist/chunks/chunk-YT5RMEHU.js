import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/errors.ts
var BatonError = class extends Error {
  /** Stable machine-readable code, e.g. `EUSAGE`, `EEMPTY`, `EWRITE`. */
  code;
  /** What the user should do next. */
  hint;
  /** The file the error is about, when there is one. */
  file;
  /**
   * @param code stable error code
   * @param message what went wrong
   * @param [details.hint] what to do about it
   * @param [details.file] which file it concerns
   */
  constructor(code, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause }), this.name = "BatonError", this.code = code, this.hint = details.hint, this.file = details.file;
  }
};
function usageError(message, hint) {
  return new BatonError("EUSAGE", message, hint === void 0 ? {} : { hint });
}
function hasCode(error, ...codes) {
  return typeof error == "object" && error !== null && codes.includes(String(error.code));
}

export {
  BatonError,
  usageError,
  hasCode
};
