import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  git,
  gitError,
  gitOk
} from "./chunk-ZCAWWETC.js";
import {
  isLocalRemote,
  isMachineId,
  machineIdFrom,
  parseLsTree,
  readTree
} from "./chunk-Q73KJ6BB.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  require_fs,
  require_os
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  hostTag
} from "./chunk-O3TCEPNT.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/repo.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
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
function remoteOf(dir) {
  try {
    let config = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, ".git", "config"), "utf8"), origin = /^\s*\[remote\s+"origin"\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(config)?.[1] ?? "";
    return /^\s*url\s*=\s*(.*?)\s*$/m.exec(origin)?.[1] ?? "";
  } catch {
    return "";
  }
}
function serverSide(dir, pack) {
  return isLocalRemote(remoteOf(dir)) ? [`--${pack}-pack=git -c core.hooksPath=/dev/null ${pack}-pack`] : [];
}
var sshCommand;
async function sshEnv(dir, budget) {
  if (process.env.GIT_SSH_COMMAND || isLocalRemote(remoteOf(dir))) return {};
  if (sshCommand === void 0) {
    let r = await git(dir, ["config", "--get", "core.sshCommand"], { timeoutMs: budget.left() });
    sshCommand = r.code === 0 ? r.stdout.trim() : "";
  }
  return sshCommand ? { GIT_SSH_COMMAND: sshCommand } : {};
}
function fetchArgs(dir) {
  return [
    "fetch",
    ...serverSide(dir, "upload"),
    "--no-tags",
    "--prune",
    "--quiet",
    "origin",
    "+refs/heads/*:refs/remotes/origin/*"
  ];
}
async function fetchTip(dir, budget) {
  let r = await git(dir, fetchArgs(dir), { timeoutMs: budget.left(), env: await sshEnv(dir, budget) });
  if (r.code !== 0) throw gitError("fetching from the remote", r);
  return localTip(dir, REMOTE_REF, budget);
}
async function fetchTree(dir, budget) {
  let r = await git(dir, fetchArgs(dir), { timeoutMs: budget.left(), env: await sshEnv(dir, budget) });
  if (r.code !== 0) throw gitError("fetching from the remote", r);
  let tree = await lastFetched(dir, budget);
  return { tip: tree.empty ? "" : REMOTE_REF, tree };
}
async function localTip(dir, ref, budget) {
  let r = await git(dir, ["rev-parse", "-q", "--verify", `${ref}^{commit}`], { timeoutMs: budget.left() });
  return r.code === 0 ? r.stdout.trim() : "";
}
async function lastFetched(dir, budget) {
  let r = await git(dir, ["ls-tree", "-r", "-z", "-l", "--full-tree", REMOTE_REF], { timeoutMs: budget.left() });
  if (r.code === 0) return readTree(parseLsTree(r.stdout));
  if (/not a valid object name|not a tree object/i.test(r.stderr)) return { ...readTree([]), empty: !0 };
  throw gitError("reading the last fetched tree", r);
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
  let r = await git(
    dir,
    ["push", ...serverSide(dir, "receive"), "--porcelain", "--quiet", "origin", `${commit}:refs/heads/${BRANCH}`],
    {
      timeoutMs: budget.left(),
      env: await sshEnv(dir, budget)
    }
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
  return error instanceof BatonError && ["EGIT", "ELOCKED", "ENOGIT", "ECOMPROMISED"].includes(error.code);
}

// src/io/handoff/sync/remote.ts
async function originUrl(dir, budget) {
  let r = await git(dir, ["remote", "get-url", "origin"], { timeoutMs: budget.left() });
  return r.code === 0 ? r.stdout.trim() : "";
}
async function everOnRemote(dir, names, budget) {
  let found = /* @__PURE__ */ new Set();
  for (let i = 0; i < names.length; i += 200) {
    let chunk = names.slice(i, i + 200), args = ["log", "--format=", "--name-only", "--no-renames", REMOTE_REF, "--", ...chunk], r = await git(dir, args, { timeoutMs: budget.left(), env: { GIT_LITERAL_PATHSPECS: "1" } });
    if (r.code !== 0) {
      if (/unknown revision|bad revision|ambiguous argument/i.test(r.stderr)) return found;
      throw gitError("reading the remote history", r);
    }
    for (let line of r.stdout.split(`
`)) chunk.includes(line) && found.add(line);
  }
  return found;
}

// src/io/handoff/sync/settings.ts
var import_node_fs2 = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1), import_node_path2 = __toESM(require_path(), 1);
function syncFile(dir) {
  return (0, import_node_path2.join)(dir, ".git", "baton-sync.json");
}
function syncOn(dir) {
  return (0, import_node_fs2.existsSync)(syncFile(dir));
}
function readSettings(dir) {
  try {
    let data = JSON.parse((0, import_node_fs2.readFileSync)(syncFile(dir), "utf8"));
    if (typeof data.remote != "string" || typeof data.machine != "string") throw new Error("missing keys");
    return data;
  } catch (error) {
    throw hasCode(error, "ENOENT") ? new BatonError("ENOSYNC", `${dir} is not synced`, { hint: "run `baton sync init REMOTE` first" }) : new BatonError("ECONFIG", `cannot read ${syncFile(dir)}: ${error.message}`, {
      file: syncFile(dir),
      hint: "run `baton sync init REMOTE` again"
    });
  }
}
function writeSettings(dir, settings) {
  let temp = `${syncFile(dir)}.${process.pid}.${token()}`;
  (0, import_node_fs2.writeFileSync)(temp, `${JSON.stringify(settings, null, 2)}
`, { mode: 384 }), (0, import_node_fs2.renameSync)(temp, syncFile(dir));
}
function machineId(batonDir) {
  let file = (0, import_node_path2.join)(batonDir, "machine-id"), read = () => {
    try {
      let id2 = (0, import_node_fs2.readFileSync)(file, "utf8").trim();
      return isMachineId(id2) ? id2 : void 0;
    } catch {
      return;
    }
  }, known = read();
  if (known) return known;
  (0, import_node_fs2.mkdirSync)(batonDir, { recursive: !0, mode: 448 });
  let hex = Array.from({ length: 8 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  try {
    (0, import_node_fs2.writeFileSync)(file, `${machineIdFrom(hostTag((0, import_node_os.hostname)()), hex)}
`, { flag: "wx", mode: 384 });
  } catch (error) {
    if (!hasCode(error, "EEXIST")) throw error;
  }
  let id = read();
  if (!id) throw new BatonError("ECONFIG", `${file} does not hold a machine id`, { file, hint: "delete that file" });
  return id;
}
async function withSyncLock(dir, home, waitMs, fn) {
  let { withLock } = await import("./lock-RWG46Z5F.js");
  return withLock(
    (0, import_node_path2.join)(dir, ".git"),
    () => (clearGitLocks((0, import_node_path2.join)(dir, ".git")), fn()),
    { wait: waitMs, locksDir: (0, import_node_path2.join)(home, "baton", "locks") }
  );
}
function clearGitLocks(gitDir) {
  let walk = (d) => {
    for (let entry of readdirSafe(d)) {
      let path = (0, import_node_path2.join)(d, entry.name);
      entry.isDirectory() ? walk(path) : entry.name.endsWith(".lock") && (0, import_node_fs2.rmSync)(path, { force: !0 });
    }
  };
  walk((0, import_node_path2.join)(gitDir, "refs"));
  for (let name of ["packed-refs.lock", "HEAD.lock", "FETCH_HEAD.lock", "shallow.lock"])
    (0, import_node_fs2.rmSync)((0, import_node_path2.join)(gitDir, name), { force: !0 });
}
function readdirSafe(d) {
  try {
    return (0, import_node_fs2.readdirSync)(d, { withFileTypes: !0 });
  } catch {
    return [];
  }
}

export {
  BRANCH,
  Budget,
  fetchTip,
  fetchTree,
  lastFetched,
  headNames,
  blob,
  commitOn,
  push,
  setHead,
  aheadBehind,
  transient,
  originUrl,
  everOnRemote,
  syncOn,
  readSettings,
  writeSettings,
  machineId,
  withSyncLock
};
