import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  MAX_UNTRUSTED
} from "./chunk-MZ5BISHI.js";
import {
  spawnSync
} from "./chunk-XBYPNZ3V.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  require_fs
} from "./chunk-2W7A2WBG.js";
import {
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  parseName
} from "./chunk-O3TCEPNT.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/search-scan.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function handoffNames(dir) {
  let entries;
  try {
    entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: !0 });
  } catch (error) {
    if (hasCode(error, "ENOENT", "ENOTDIR")) return [];
    throw fileError(error, "read the handoff directory", dir);
  }
  let out = [], prefix = (0, import_node_path.join)(dir, "/");
  for (let entry of entries) {
    let name = entry.name;
    if (!name.endsWith(".md") || !entry.isFile()) continue;
    let p = parseName(name);
    p && out.push({
      stamp: p.stamp,
      slug: p.slug,
      consumed: p.consumed,
      pendingName: p.pendingName,
      name,
      path: prefix + name
    });
  }
  return out;
}
var FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0), Scanner = class {
  raw = Buffer.allocUnsafe(64 * 1024);
  /** words to find in the bytes (ASCII words only: a byte test cannot fold other letters) */
  needles;
  /** @param words the query's words, lower-cased */
  constructor(words) {
    this.needles = words.filter((w) => /^[\x20-\x7e]+$/.test(w));
  }
  /**
   * Reads `path` (a regular file when listed) and tests it for the words.
   * No `fstat`: a file swapped for a FIFO or a folder since the listing fails
   * to read (`O_NONBLOCK`: never blocks), and reading stops at 8 MiB.
   */
  scan(path) {
    let fd;
    try {
      fd = (0, import_node_fs.openSync)(path, FLAGS);
    } catch (error) {
      return hasCode(error, "ENOENT", "ELOOP", "ENOTDIR") ? { kind: "skip" } : { kind: "retry" };
    }
    try {
      let got = 0;
      for (; ; ) {
        if (got === this.raw.length) {
          if (got > MAX_UNTRUSTED) return { kind: "retry" };
          let bigger = Buffer.allocUnsafe(Math.min(this.raw.length * 4, MAX_UNTRUSTED + 1));
          this.raw.copy(bigger, 0, 0, got), this.raw = bigger;
        }
        let n = (0, import_node_fs.readSync)(fd, this.raw, got, this.raw.length - got, null);
        if (n === 0) break;
        got += n;
      }
      return got > MAX_UNTRUSTED ? { kind: "retry" } : this.test(got) ? { kind: "text", text: this.raw.toString("utf8", 0, got) } : { kind: "no" };
    } catch {
      return { kind: "retry" };
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  }
  /**
   * Whether the first `n` bytes read hold every ASCII word, ignoring case: as
   * Latin-1 each byte is one character, so an ASCII word is found in UTF-8 text
   * exactly where it is (the fastest way through V8: one copy, one lower-casing).
   */
  test(n) {
    if (this.needles.length === 0) return !0;
    let text = this.raw.toString("latin1", 0, n).toLowerCase();
    return this.needles.every((w) => text.includes(w));
  }
};
function grepNames(dir, word) {
  if (process.platform !== "linux" || !/^[\x20-\x7e]+$/.test(word)) return;
  let r;
  try {
    r = spawnSync(
      "grep",
      ["-rlFi", "--exclude-dir=[!.]*", "--exclude-dir=.?*", "--include=*.md", "-e", word, "--", "."],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C" },
        encoding: "latin1",
        timeout: 3e4,
        maxBuffer: 1 << 28
      }
    );
  } catch {
    return;
  }
  if (r.error || r.status !== 0 && r.status !== 1 || r.signal) return;
  let names = /* @__PURE__ */ new Set();
  for (let line of r.stdout.split(`
`))
    if (line !== "") {
      if (!line.startsWith("./") || line.indexOf("/", 2) !== -1) return;
      names.add(Buffer.from(line.slice(2), "latin1").toString("utf8"));
    }
  return names;
}

export {
  handoffNames,
  Scanner,
  grepNames
};
