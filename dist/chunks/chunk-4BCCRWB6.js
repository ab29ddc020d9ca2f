import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/io/git.ts
import { spawnSync } from "node:child_process";

// src/io/git-fast.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
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
  if (/^[0-9a-f]{40,64}$/.test(head)) return { root, inRepo: !0, branch: "", commit: head };
  let m = /^ref: (refs\/heads\/.+)$/.exec(head);
  if (!m) return;
  let commit = resolveRef(gitDir, commonDir, m[1]);
  if (commit !== void 0)
    return { root, inRepo: !0, branch: m[1].slice(11), commit };
}

// src/io/git.ts
function git(cwd, args) {
  let r = spawnSync("git", args, { cwd, encoding: "utf8", timeout: 5e3, stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 ? r.stdout : void 0;
}
function gitState(cwd) {
  let fast = gitStateFast(cwd);
  return fast || gitStateSlow(cwd);
}
function gitStateSlow(cwd) {
  let out = git(cwd, ["rev-parse", "--show-toplevel", "HEAD", "--abbrev-ref", "HEAD"]);
  if (out !== void 0) {
    let [root2 = cwd, commit = "", branch2 = ""] = out.trim().split(`
`);
    return { root: root2, inRepo: !0, branch: branch2 === "HEAD" ? "" : branch2, commit };
  }
  let root = git(cwd, ["rev-parse", "--show-toplevel"])?.trim();
  if (root === void 0) return { root: cwd, inRepo: !1, branch: "", commit: "" };
  let branch = git(cwd, ["symbolic-ref", "--short", "-q", "HEAD"])?.trim() ?? "";
  return { root, inRepo: !0, branch, commit: "" };
}
function dirtyCount(root) {
  let out = git(root, ["status", "--porcelain", "--untracked-files=normal"]);
  return out === void 0 ? 0 : out.split(`
`).filter((l) => l.trim() !== "").length;
}
function commitsSince(root, from) {
  if (!/^[0-9a-f]{7,64}$/i.test(from)) return;
  let out = git(root, ["rev-list", "--count", `${from}..HEAD`]);
  return out === void 0 ? void 0 : Number(out.trim());
}

export {
  gitState,
  gitStateSlow,
  dirtyCount,
  commitsSince
};
