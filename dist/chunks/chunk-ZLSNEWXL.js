import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  gitStateFast
} from "./chunk-WNQDCVTP.js";
import {
  spawnSync
} from "./chunk-GT4VKGFU.js";

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
  dirtyCount,
  commitsSince
};
