import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError
} from "./chunk-YT5RMEHU.js";

// src/io/toolkit/errors.ts
function fileError(error, what, file) {
  if (error instanceof BatonError) return error;
  let code = error.code ?? "EIO", hints = {
    EACCES: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EPERM: `check the permissions of ${file} (try: ls -ld '${file}')`,
    EROFS: `${file} is on a read-only file system`,
    ENOSPC: "the disk is full; free some space and run the command again (the file was left as it was)",
    ENOTDIR: `a file is in the way of the folder for ${file}; move it away`,
    EISDIR: `${file} is a folder; name a file`
  };
  return new BatonError(code, `cannot ${what} ${file} (${code})`, {
    file,
    hint: hints[code] ?? `check that ${file} exists and is writable (${error.message ?? error})`,
    cause: error
  });
}

export {
  fileError
};
