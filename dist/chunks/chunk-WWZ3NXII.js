import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/git-fast.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
var read = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return;
  }
};
function locate(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    let dotGit = join(dir, ".git"), st;
    try {
      st = statSync(dotGit);
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) return { root: dir, gitDir: dotGit };
    if (st?.isFile()) {
      let m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m) return;
      let gitDir = isAbsolute(m[1]) ? m[1] : resolve(dir, m[1]);
      return { root: dir, gitDir };
    }
    let up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
function resolveRef(gitDir, commonDir, ref) {
  for (let base of [gitDir, commonDir]) {
    let loose = read(join(base, ref))?.trim();
    if (loose !== void 0) return /^[0-9a-f]{40,64}$/.test(loose) ? loose : void 0;
  }
  let packed = read(join(commonDir, "packed-refs")) ?? "";
  for (let line of packed.split(`
`)) {
    let [sha, name] = line.split(" ");
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return "";
}
function gitStateFast(cwd) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return;
  let found = locate(cwd);
  if (found === null) return { root: cwd, inRepo: !1, branch: "", commit: "" };
  if (!found) return;
  let { gitDir } = found;
  if (read(join(gitDir, "refs", "heads")) !== void 0) return;
  let commonRel = read(join(gitDir, "commondir"))?.trim(), commonDir = commonRel ? resolve(gitDir, commonRel) : gitDir;
  if (read(join(commonDir, "reftable", "tables.list")) !== void 0) return;
  let head = read(join(gitDir, "HEAD"))?.trim();
  if (!head) return;
  let root;
  try {
    root = realpathSync(found.root);
  } catch {
    return;
  }
  let mainRoot = root;
  if (commonRel)
    try {
      mainRoot = realpathSync(basename(commonDir) === ".git" ? dirname(commonDir) : commonDir);
    } catch {
      return;
    }
  if (/^[0-9a-f]{40,64}$/.test(head)) return { root, mainRoot, inRepo: !0, branch: "", commit: head };
  let m = /^ref: (refs\/heads\/.+)$/.exec(head);
  if (!m) return;
  let commit = resolveRef(gitDir, commonDir, m[1]);
  if (commit !== void 0)
    return { root, mainRoot, inRepo: !0, branch: m[1].slice(11), commit };
}

export {
  gitStateFast
};
