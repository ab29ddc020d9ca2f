import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  namesIn
} from "./chunk-HII3WHUD.js";
import {
  normaliseRemote
} from "./chunk-3MPKVRL5.js";
import {
  spawnSync
} from "./chunk-QUAZ5LVA.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/toolkit/git-fast.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1), read = (path) => {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return;
  }
};
function locate(cwd) {
  let dir = (0, import_node_path.resolve)(cwd);
  for (; ; ) {
    let dotGit = (0, import_node_path.join)(dir, ".git"), st;
    try {
      st = (0, import_node_fs.statSync)(dotGit);
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) return { root: dir, gitDir: dotGit };
    if (st?.isFile()) {
      let m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m) return;
      let gitDir = (0, import_node_path.isAbsolute)(m[1]) ? m[1] : (0, import_node_path.resolve)(dir, m[1]);
      return { root: dir, gitDir };
    }
    let up = (0, import_node_path.dirname)(dir);
    if (up === dir) return null;
    dir = up;
  }
}
function resolveRef(gitDir, commonDir, ref) {
  for (let base of [gitDir, commonDir]) {
    let loose = read((0, import_node_path.join)(base, ref))?.trim();
    if (loose !== void 0) return /^[0-9a-f]{40,64}$/.test(loose) ? loose : void 0;
  }
  let packed = read((0, import_node_path.join)(commonDir, "packed-refs")) ?? "";
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
  if (read((0, import_node_path.join)(gitDir, "refs", "heads")) !== void 0) return;
  let commonRel = read((0, import_node_path.join)(gitDir, "commondir"))?.trim(), commonDir = commonRel ? (0, import_node_path.resolve)(gitDir, commonRel) : gitDir;
  if (read((0, import_node_path.join)(commonDir, "reftable", "tables.list")) !== void 0) return;
  let head = read((0, import_node_path.join)(gitDir, "HEAD"))?.trim();
  if (!head) return;
  let root;
  try {
    root = (0, import_node_fs.realpathSync)(found.root);
  } catch {
    return;
  }
  let mainRoot = root;
  if (commonRel)
    try {
      mainRoot = (0, import_node_fs.realpathSync)((0, import_node_path.basename)(commonDir) === ".git" ? (0, import_node_path.dirname)(commonDir) : commonDir);
    } catch {
      return;
    }
  if (/^[0-9a-f]{40,64}$/.test(head)) return { root, mainRoot, commonDir, inRepo: !0, branch: "", commit: head };
  let m = /^ref: (refs\/heads\/.+)$/.exec(head);
  if (!m) return;
  let commit = resolveRef(gitDir, commonDir, m[1]);
  if (commit !== void 0)
    return { root, mainRoot, commonDir, inRepo: !0, branch: m[1].slice(11), commit };
}
function originUrlFast(cwd) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE || process.env.GIT_CONFIG_GLOBAL) return null;
  let found = locate(cwd);
  if (found === null) return;
  if (!found) return null;
  let commonRel = read((0, import_node_path.join)(found.gitDir, "commondir"))?.trim(), config = read((0, import_node_path.join)(commonRel ? (0, import_node_path.resolve)(found.gitDir, commonRel) : found.gitDir, "config"));
  if (config === void 0 || /^\s*\[include/im.test(config)) return null;
  let inOrigin = !1;
  for (let line of config.split(`
`)) {
    let section = /^\s*\[\s*([^\]]*?)\s*\]/.exec(line);
    section && (inOrigin = /^remote\s+"origin"$/i.test(section[1]));
    let url = inOrigin ? /^\s*url\s*=\s*(.*?)\s*$/i.exec(line) : null;
    if (url) return url[1].replace(/^"(.*)"$/, "$1");
  }
}

// src/io/toolkit/git.ts
var import_node_fs2 = __toESM(require_fs(), 1), import_node_path2 = __toESM(require_path(), 1);
function git(cwd, args, timeout = 5e3) {
  let r = spawnSync("git", args, { cwd, encoding: "utf8", timeout, stdio: ["ignore", "pipe", "ignore"] });
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
function dirtyCount(root, timeoutMs = 5e3) {
  let out = git(root, ["status", "--porcelain", "--untracked-files=normal"], timeoutMs);
  return out === void 0 ? 0 : out.split(`
`).filter((l) => l.trim() !== "").length;
}
function commitsSince(root, from) {
  if (!/^[0-9a-f]{7,64}$/i.test(from)) return;
  let out = git(root, ["rev-list", "--count", `${from}..HEAD`]);
  return out === void 0 ? void 0 : Number(out.trim());
}
function projectRoot(cwd) {
  let fast = gitStateFast(cwd);
  if (fast) return fast.inRepo && fast.mainRoot ? fast.mainRoot : (0, import_node_path2.resolve)(cwd);
  let r = spawnSync(
    "git",
    ["rev-parse", "--path-format=absolute", "--show-toplevel", "--git-dir", "--git-common-dir"],
    {
      cwd,
      encoding: "utf8",
      timeout: 5e3,
      stdio: ["ignore", "pipe", "ignore"]
    }
  );
  if (r.status !== 0) return (0, import_node_path2.resolve)(cwd);
  let [top = "", gitDir = "", common = ""] = r.stdout.trim().split(`
`);
  return top === "" ? (0, import_node_path2.resolve)(cwd) : gitDir !== common && (0, import_node_path2.resolve)((0, import_node_path2.dirname)(gitDir)) === (0, import_node_path2.join)(common, "worktrees") ? (0, import_node_path2.basename)(common) === ".git" ? (0, import_node_path2.dirname)(common) : common : top;
}
function projectRemote(cwd) {
  let fast = originUrlFast(cwd), url = fast === null ? git(cwd, ["config", "--get", "remote.origin.url"])?.trim() : fast;
  return url ? normaliseRemote(url) : void 0;
}
function liveWorktrees(state) {
  let listed, common = state.commonDir;
  if (common !== void 0) {
    listed = (0, import_node_path2.basename)(common) === ".git" ? [(0, import_node_path2.dirname)(common)] : [];
    for (let name of namesIn((0, import_node_path2.join)(common, "worktrees"))) {
      let gitdir;
      try {
        gitdir = (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(common, "worktrees", name, "gitdir"), "utf8").trim();
      } catch {
        continue;
      }
      gitdir !== "" && listed.push((0, import_node_path2.dirname)((0, import_node_path2.resolve)(common, "worktrees", name, gitdir)));
    }
  } else
    listed = (git(state.root, ["worktree", "list", "--porcelain"]) ?? "").split(`
`).flatMap((l) => l.startsWith("worktree ") ? [l.slice(9)] : []);
  return listed.flatMap((path) => {
    try {
      return (0, import_node_fs2.existsSync)((0, import_node_path2.join)(path, ".git")) ? [(0, import_node_fs2.realpathSync)(path)] : [];
    } catch {
      return [];
    }
  });
}
function hasCommit(state, commit) {
  return /^[0-9a-f]{40,64}$/.test(commit) ? state.commonDir && (0, import_node_fs2.existsSync)((0, import_node_path2.join)(state.commonDir, "objects", commit.slice(0, 2), commit.slice(2))) ? !0 : git(state.root, ["cat-file", "-e", `${commit}^{commit}`]) !== void 0 : !1;
}
function checkoutOf(state) {
  if (!state.inRepo) return { root: state.root };
  let live, known = /* @__PURE__ */ new Map();
  return {
    root: state.root,
    repo: state.mainRoot ?? projectRoot(state.root),
    remote: projectRemote(state.root),
    live: (path) => (live ??= new Set(liveWorktrees(state))).has(path),
    exists: (path) => (0, import_node_fs2.existsSync)(path),
    knows: (commit) => (known.has(commit) || known.set(commit, hasCommit(state, commit)), known.get(commit))
  };
}

export {
  gitState,
  dirtyCount,
  commitsSince,
  projectRoot,
  projectRemote,
  checkoutOf
};
