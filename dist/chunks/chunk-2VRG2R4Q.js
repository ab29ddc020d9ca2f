import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError
} from "./chunk-YT5RMEHU.js";

// src/io/toolkit/errors.ts
function reads(what) {
  return what === "read" || what.startsWith("read ");
}
function readHint(code, file, error) {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `check the permissions of ${file} (try: ls -ld '${file}'); if another user owns it (as after a sudo run), take it back with: sudo chown "$(id -un)" '${file}'`;
    case "EISDIR":
      return `${file} is a folder; name a file`;
    case "ENOTDIR":
      return `a file is in the way of the folder for ${file}; move it away`;
    default:
      return `check that ${file} exists and is readable (${error.message ?? error})`;
  }
}
function writeHint(code, file, error, elsewhere) {
  let or = elsewhere ? `, or point ${elsewhere} at a writable directory` : "";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `check the permissions of ${file} (try: ls -ld '${file}')${or}`;
    case "EROFS":
      return `${file} is on a read-only file system${elsewhere ? `; point ${elsewhere} at a writable directory` : ""}`;
    case "ENOSPC":
      return "the disk is full; free some space and run the command again (nothing was changed)";
    case "ENOTDIR":
    case "EEXIST":
      return `a file is in the way of the folder for ${file}; move it away${elsewhere ? ` or use ${elsewhere}` : ""}`;
    case "EISDIR":
      return `${file} is a folder; name a file`;
    default:
      return `check that ${file} exists and is writable (${error.message ?? error})${or}`;
  }
}
function fileError(error, what, file, options = {}) {
  if (error instanceof BatonError) return error;
  let code = error.code ?? "EIO", reading = reads(what), hint = reading ? readHint(code, file, error) : writeHint(code, file, error, options.elsewhere), message = `cannot ${what} ${file}${reading && (code === "EACCES" || code === "EPERM") ? ": permission denied" : ""} (${code})`;
  return new BatonError(code === "EEXIST" ? "ENOTDIR" : code, message, { file, hint, cause: error });
}

export {
  fileError
};
