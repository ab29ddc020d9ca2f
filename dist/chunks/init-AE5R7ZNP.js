import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  originUrl
} from "./chunk-GHD4X3OL.js";
import {
  BRANCH,
  Budget,
  aheadBehind,
  checkoutRefuses,
  fetchTip,
  headNames,
  lastFetched
} from "./chunk-O6SPVBOK.js";
import {
  git,
  gitError,
  gitOk
} from "./chunk-A253VJLM.js";
import "./chunk-2TFEABJ7.js";
import {
  handoffProject
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  ensureDir,
  handoffText,
  listHandoffs
} from "./chunk-J47OTX5D.js";
import "./chunk-E3V6Y3VB.js";
import "./chunk-XEMDHYH6.js";
import "./chunk-HII3WHUD.js";
import "./chunk-2VRG2R4Q.js";
import "./chunk-76TKOTCD.js";
import {
  whoAmI
} from "./chunk-K7KUWVWP.js";
import {
  identity,
  isIdentity
} from "./chunk-KJXNLXNX.js";
import {
  machineId,
  readSettings,
  syncOn,
  withSyncLock,
  writeSettings
} from "./chunk-7S46E5XO.js";
import "./chunk-3MPKVRL5.js";
import "./chunk-QUAZ5LVA.js";
import "./chunk-ZNZ4ZZC5.js";
import "./chunk-RGU2QRGX.js";
import {
  require_fs
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

// src/io/handoff/sync/init.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);
function checkRemote(remote) {
  if (remote === "" || remote.startsWith("-") || /^ext::/i.test(remote) || /[\n\0]/.test(remote))
    throw new BatonError("EUSAGE", `"${remote}" is not a remote Baton can use`, {
      hint: "give an ssh URL (git@github.com:you/handoffs.git), an https URL or a path to a bare repository"
    });
}
async function initSync(dir, remote, home, as) {
  if (checkRemote(remote), as !== void 0 && !isIdentity(as))
    throw new BatonError("EUSAGE", `--as ${JSON.stringify(as)} cannot be a person's identity`, {
      hint: "give an email, e.g. --as alice@example.com"
    });
  let me = as === void 0 ? {} : { me: identity(as) };
  ensureDir(dir);
  let machine = machineId((0, import_node_path.join)(home, "baton"));
  if (syncOn(dir)) {
    let current = readSettings(dir);
    if (current.remote !== remote)
      throw new BatonError("EUSAGE", `${dir} already syncs with ${current.remote}`, {
        hint: `to switch, run \`git -C ${dir} remote set-url origin ${remote}\` and edit ${(0, import_node_path.join)(dir, ".git", "baton-sync.json")}`
      });
    return me.me !== void 0 && me.me !== current.me && writeSettings(dir, { ...current, ...me }), { ...current, ...me };
  }
  if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git")))
    throw new BatonError("EUSAGE", `${dir} is already a git repository that Baton did not set up`, {
      hint: `move ${(0, import_node_path.join)(dir, ".git")} away, or point Baton at another handoff directory (BATON_HANDOFF_DIR)`
    });
  let budget = new Budget(6e4);
  try {
    let init = await git(dir, ["init", "-q", dir], { gitDir: !1, timeoutMs: budget.left() });
    if (init.code !== 0) throw gitError("git init", init);
    await gitOk(dir, ["symbolic-ref", "HEAD", `refs/heads/${BRANCH}`]), await gitOk(dir, ["remote", "add", "origin", remote]), (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, ".git", "info"), { recursive: !0 }), (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, ".git", "info", "exclude"), `*
`), await fetchTip(dir, budget);
  } catch (error) {
    throw (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, ".git"), { recursive: !0, force: !0 }), error;
  }
  let settings = { remote, machine, ...me };
  return writeSettings(dir, settings), settings;
}
function identityOf(dir, config) {
  let who = whoAmI(dir, config);
  return { me: who.me ?? null, meSource: who.source };
}
async function syncStatus(dir, home, budgetMs, config = { me: "" }) {
  let settings = readSettings(dir), budget = new Budget(budgetMs), error = null;
  try {
    await withSyncLock(dir, home, budget.left(), () => fetchTip(dir, budget));
  } catch (e) {
    error = e.message;
  }
  let remote = await originUrl(dir, budget) || settings.remote, { ahead, behind } = await aheadBehind(dir, budget), refused = (await lastFetched(dir, budget).catch(() => {
  }))?.ignored.filter(checkoutRefuses) ?? [], synced = await headNames(dir, budget), groups = /* @__PURE__ */ new Map();
  for (let file of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    let raw = handoffText(file.path);
    if (raw === void 0) continue;
    let meta = (await parseDoc(raw)).meta, project = typeof meta.remote == "string" && meta.remote ? meta.remote : handoffProject(meta) ?? "(any project)", host = typeof meta.host == "string" && meta.host ? meta.host : "(unknown)", key = `${project}\0${host}`, group = groups.get(key) ?? { project, host, pending: 0, synced: 0 };
    group.pending++, synced.has(file.name) && group.synced++, groups.set(key, group);
  }
  return {
    dir,
    remote,
    settingsRemote: settings.remote,
    remoteDiffers: remote !== settings.remote,
    machine: machineId((0, import_node_path.join)(home, "baton")),
    // this machine's, even for a copied home
    ...identityOf(dir, config),
    lastSync: settings.lastSync ?? null,
    lastError: settings.lastError ?? null,
    reachable: error === null,
    error,
    ahead,
    behind,
    pending: [...groups.values()].sort((a, b) => a.project + a.host < b.project + b.host ? -1 : 1),
    refused
  };
}
export {
  initSync,
  syncStatus
};
