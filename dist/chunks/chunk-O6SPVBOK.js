import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  checkoutGuardsOff,
  git,
  gitError,
  gitOk,
  serverCommand
} from "./chunk-A253VJLM.js";
import {
  isLocalRemote,
  parseLsTree,
  readTree
} from "./chunk-3MPKVRL5.js";
import {
  require_fs,
  require_os
} from "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/core/remote-config.ts
var PLAIN = [
  // what `git init [--bare] [--shared]` and `git clone --bare/--mirror` write, and storage tuning
  new RegExp(
    "^core\\.(repositoryformatversion|filemode|bare|logallrefupdates|ignorecase|precomposeunicode|symlinks|sharedrepository|compression|loosecompression|bigfilethreshold|packedgitlimit|packedgitwindowsize|deltabasecachelimit|fsync|fsyncmethod|fsyncobjectfiles|checkstat|trustctime|abbrev|warnambiguousrefs|commitgraph|multipackindex)$"
  ),
  /^extensions\.objectformat$/,
  /^(receive|transfer|fetch|pack|repack|gc|fsck|user|init|index|protocol|uploadpackfilter)\.[a-z0-9-]+$/,
  /^(receive|fetch)\.fsck\.[a-z0-9-]+$/,
  new RegExp(
    "^uploadpack\\.(hiderefs|allowtipsha1inwant|allowreachablesha1inwant|allowanysha1inwant|keepalive|allowfilter|allowrefinwant|advertisebundleuris)$"
  ),
  /^remote\..+\.(url|pushurl|fetch|push|mirror|tagopt|prune|prunetags|skipdefaultupdate|skipfetchall)$/,
  /^branch\..+\.(remote|pushremote|merge|rebase)$/,
  // an included file's keys are listed (and vetted) as the including file's
  /^include\.path$/,
  /^includeif\..+\.path$/
], NOT_PLAIN = /^receive\.procreceiverefs$/;
function parseScopedConfig(out) {
  let parts = out.split("\0"), entries = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    let [key = "", ...value] = parts[i + 1].split(`
`);
    entries.push({ scope: parts[i], key, value: value.join(`
`) });
  }
  return entries;
}
function unvettedKeys(entries) {
  let found = /* @__PURE__ */ new Set();
  for (let { scope, key } of entries) {
    if (scope !== "local" && scope !== "worktree") continue;
    let k = key.toLowerCase();
    (NOT_PLAIN.test(k) || !PLAIN.some((p) => p.test(k))) && found.add(key);
  }
  return [...found];
}
var IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
function checkoutRefuses(path) {
  return path.split("/").some((part) => {
    if (part === "" || part === "." || part === "..") return !0;
    let name = part.replace(IGNORABLE, "").toLowerCase().replace(/[. ]+$/, "");
    return name === ".git" || name === "git~1";
  });
}

// src/io/handoff/sync/transport.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1), import_node_path = __toESM(require_path(), 1);
var urls = /* @__PURE__ */ new Map();
async function originUrls(dir, direction, budget) {
  let found = urls.get(dir);
  if (found === void 0) {
    let r = await git(dir, ["remote", "-v"], { timeoutMs: budget.left() });
    if (r.code !== 0) throw gitError("reading the remote URL", r);
    found = { fetch: [], push: [] };
    for (let line of r.stdout.split(`
`)) {
      let m = /^origin\t(.*) \((fetch|push)\)$/.exec(line);
      m && found[m[2]].push(m[1]);
    }
    urls.set(dir, found);
  }
  return found[direction];
}
var sshCommand;
async function sshEnv(dir, budget) {
  if (process.env.GIT_SSH_COMMAND) return {};
  if (sshCommand === void 0) {
    let r = await git(dir, ["config", "--get", "core.sshCommand"], { timeoutMs: budget.left() });
    sshCommand = r.code === 0 ? r.stdout.trim() : "";
  }
  return sshCommand ? { GIT_SSH_COMMAND: sshCommand } : {};
}
async function transport(dir, direction, budget) {
  let all = await originUrls(dir, direction, budget), local = all.filter(isLocalRemote);
  if (local.length === 0) return { args: [], env: await sshEnv(dir, budget) };
  if (local.length < all.length)
    throw new BatonError("EREMOTE", `origin mixes a path with a network URL (${all.join(", ")})`, {
      hint: `give origin one URL: git -C ${dir} remote set-url origin <url> (and drop any pushurl)`
    });
  for (let url of local) await vet(dir, url, budget);
  let pack = direction === "fetch" ? "upload" : "receive";
  return { args: [`--${pack}-pack=${serverCommand(pack)}`], env: {} };
}
function repositoryAt(dir, url) {
  let path = url.replace(/^file:\/\//i, "");
  if (path !== url)
    try {
      path = decodeURIComponent(path);
    } catch {
    }
  if (/^~[^/]/.test(path))
    throw new BatonError("EREMOTE", `Baton cannot vet the remote ${url} (another user's home)`, {
      hint: "give the remote as an absolute path"
    });
  path = (0, import_node_path.resolve)(dir, path.replace(/^~(?=\/|$)/, process.env.HOME ?? (0, import_node_os.homedir)()));
  for (let candidate of [(0, import_node_path.join)(path, ".git"), path, `${path}.git/.git`, `${path}.git`])
    try {
      let st = (0, import_node_fs.statSync)(candidate);
      if (st.isFile() || st.isDirectory() && (0, import_node_fs.existsSync)((0, import_node_path.join)(candidate, "HEAD"))) return candidate;
    } catch {
    }
}
async function vet(dir, url, budget) {
  let repo = repositoryAt(dir, url);
  if (repo === void 0) return;
  let r = await git(dir, ["--git-dir", repo, "config", "--list", "-z", "--show-scope"], {
    gitDir: !1,
    timeoutMs: budget.left()
  });
  if (r.code !== 0) throw gitError(`reading the config of the remote ${url}`, r);
  let keys = unvettedKeys(parseScopedConfig(r.stdout));
  if (keys.length !== 0)
    throw new BatonError(
      "EREMOTE",
      `the remote ${url} is a path, so git would serve it here under its own config, and that config sets ${keys.join(", ")}, which Baton does not let stand (such keys can run programs)`,
      {
        hint: `if you did not set ${keys.length === 1 ? "it" : "them"}, someone else may have: look at ${repo}/config and remove ${keys.length === 1 ? "it" : "them"} (git --git-dir=${repo} config --unset <key>), or sync over ssh instead`
      }
    );
}

// src/io/handoff/sync/repo.ts
var BRANCH = "main", REMOTE_REF = `refs/remotes/origin/${BRANCH}`, Budget = class {
  deadline;
  constructor(ms) {
    this.deadline = Date.now() + ms;
  }
  /** ms left for the next call (at least 1; a spent budget fails that call at once). */
  left() {
    return Math.max(1, this.deadline - Date.now());
  }
};
async function fetchOrigin(dir, budget) {
  let { args, env } = await transport(dir, "fetch", budget), fetch = [...checkoutGuardsOff("fetch"), "fetch", ...args, "--no-tags", "--prune", "--quiet", "origin", "+refs/heads/*:refs/remotes/origin/*"], r = await git(dir, fetch, {
    timeoutMs: budget.left(),
    env
  });
  if (r.code !== 0) throw gitError("fetching from the remote", r);
}
async function fetchTip(dir, budget) {
  return await fetchOrigin(dir, budget), localTip(dir, REMOTE_REF, budget);
}
async function fetchTree(dir, budget) {
  await fetchOrigin(dir, budget);
  let tree = await lastFetched(dir, budget);
  return { tip: tree.empty ? "" : REMOTE_REF, tree };
}
async function localTip(dir, ref, budget) {
  let r = await git(dir, ["rev-parse", "-q", "--verify", `${ref}^{commit}`], { timeoutMs: budget.left() });
  return r.code === 0 ? r.stdout.trim() : "";
}
function lastFetched(dir, budget) {
  return refTree(dir, REMOTE_REF, budget);
}
function headTree(dir, budget) {
  return refTree(dir, `refs/heads/${BRANCH}`, budget);
}
async function refTree(dir, ref, budget) {
  let r = await git(dir, ["ls-tree", "-r", "-z", "-l", "--full-tree", ref], { timeoutMs: budget.left() });
  if (r.code === 0) return readTree(parseLsTree(r.stdout));
  if (/not a valid object name|not a tree object/i.test(r.stderr)) return { ...readTree([]), empty: !0 };
  throw gitError(`reading the tree of ${ref}`, r);
}
async function headNames(dir, budget) {
  let r = await git(dir, ["ls-tree", "-z", "--name-only", `refs/heads/${BRANCH}`], { timeoutMs: budget.left() });
  return r.code !== 0 ? /* @__PURE__ */ new Set() : new Set(r.stdout.split("\0").filter((n) => n !== ""));
}
async function blob(dir, sha, budget) {
  let r = await git(dir, ["cat-file", "blob", sha], { timeoutMs: budget.left() });
  if (r.code !== 0) throw gitError("reading a blob", r);
  return r.bytes;
}
async function commitOn(dir, parent, changes, who, budget) {
  let data = (bytes) => [Buffer.from(`data ${bytes.length}
`), bytes, Buffer.from(`
`)], message = Buffer.from(who.message), when = `${Math.floor(Date.now() / 1e3)} +0000`, parts = [
    Buffer.from(`reset ${SCRATCH}
commit ${SCRATCH}
mark :1
committer baton <${who.machine}@baton> ${when}
`),
    ...data(message),
    Buffer.from(parent ? `from ${parent}
` : "")
  ];
  for (let [path, content] of changes.add)
    parts.push(Buffer.from(`M 100644 inline ${path}
`), ...data(Buffer.from(content)));
  for (let [path, sha2] of changes.keep ?? []) parts.push(Buffer.from(`M 100644 ${sha2} ${path}
`));
  for (let path of changes.remove) parts.push(Buffer.from(`D ${path}
`));
  parts.push(Buffer.from(`
get-mark :1
done
`));
  let out = await gitOk(dir, ["fast-import", "--quiet", "--done", "--force"], {
    input: Buffer.concat(parts),
    timeoutMs: budget.left()
  }), sha = out.trim().split(`
`).pop() ?? "";
  if (!/^[0-9a-f]{40,64}$/.test(sha))
    throw new BatonError("EGIT", `git fast-import gave no commit: ${out.slice(0, 200)}`);
  return sha;
}
var SCRATCH = "refs/baton/scratch";
async function push(dir, commit, budget) {
  let { args, env } = await transport(dir, "push", budget), r = await git(
    dir,
    ["push", ...args, "--porcelain", "--quiet", "origin", `${commit}:refs/heads/${BRANCH}`],
    { timeoutMs: budget.left(), env }
  );
  if (r.code === 0) return "ok";
  let moved = /\[rejected\]|non-fast-forward|fetch first|cannot lock ref|reference already exists|failed to update ref/;
  if (!r.timedOut && moved.test(r.stdout + r.stderr)) return "rejected";
  throw gitError("pushing to the remote", r);
}
async function setRef(dir, ref, commit, budget) {
  await gitOk(dir, ["update-ref", ref, commit], { timeoutMs: budget.left() });
}
function setHead(dir, commit, budget) {
  return setRef(dir, `refs/heads/${BRANCH}`, commit, budget);
}
async function aheadBehind(dir, budget) {
  let r = await git(dir, ["rev-list", "--left-right", "--count", `refs/heads/${BRANCH}...${REMOTE_REF}`], {
    timeoutMs: budget.left()
  }), [ahead = 0, behind = 0] = r.code === 0 ? r.stdout.trim().split(/\s+/).map(Number) : [];
  return { ahead, behind };
}
function transient(error) {
  return error instanceof BatonError && ["EGIT", "ELOCKED", "ENOGIT", "ECOMPROMISED", "EREMOTE"].includes(error.code);
}

export {
  checkoutRefuses,
  BRANCH,
  REMOTE_REF,
  Budget,
  fetchTip,
  fetchTree,
  lastFetched,
  headTree,
  headNames,
  blob,
  commitOn,
  push,
  setHead,
  aheadBehind,
  transient
};
