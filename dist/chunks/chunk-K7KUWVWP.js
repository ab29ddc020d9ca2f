import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  identity,
  isIdentity
} from "./chunk-KJXNLXNX.js";
import {
  syncFile,
  syncOn
} from "./chunk-7S46E5XO.js";
import {
  spawnSync
} from "./chunk-QUAZ5LVA.js";
import {
  require_fs
} from "./chunk-BEEX73Q6.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/identity.ts
var import_node_fs = __toESM(require_fs(), 1);
function settingsMe(dir) {
  try {
    let me = JSON.parse((0, import_node_fs.readFileSync)(syncFile(dir), "utf8")).me;
    return typeof me == "string" && isIdentity(me) ? me : void 0;
  } catch {
    return;
  }
}
function gitEmail(dir) {
  let env = { ...process.env };
  for (let key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) delete env[key];
  let r = spawnSync("git", ["config", "--get", "user.email"], {
    cwd: (0, import_node_fs.existsSync)(dir) ? dir : void 0,
    env,
    encoding: "utf8",
    timeout: 5e3,
    stdio: ["ignore", "pipe", "ignore"]
  }), email = r.status === 0 ? r.stdout.trim() : "";
  return isIdentity(email) ? email : void 0;
}
function whoAmI(dir, config) {
  let pick = (me, source) => me === void 0 ? void 0 : { me: identity(me), source };
  return pick(settingsMe(dir), "sync init --as") ?? pick(config.me !== "" && isIdentity(config.me) ? config.me : void 0, "config me") ?? pick(gitEmail(dir), "git user.email") ?? { me: void 0, source: "unknown" };
}
function readerOf(dir, config) {
  let synced = syncOn(dir), me;
  return {
    synced,
    get me() {
      if (synced)
        return me ??= whoAmI(dir, config), me.me;
    }
  };
}

export {
  whoAmI,
  readerOf
};
