import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  require_child_process
} from "./chunk-2TFEABJ7.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/git.ts
var import_node_child_process = __toESM(require_child_process(), 1), import_node_path = __toESM(require_path(), 1);
var SAFE_GIT = [
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "protocol.ext.allow=never",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "gc.auto=0",
  "-c",
  "maintenance.auto=false",
  "-c",
  "fetch.recurseSubmodules=false",
  "-c",
  "submodule.recurse=false",
  "-c",
  "commit.gpgSign=false",
  "-c",
  "transfer.fsckObjects=true",
  "-c",
  "core.autocrlf=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "diff.external=",
  "-c",
  "core.pager=cat",
  "-c",
  "push.gpgSign=false"
  // a signed push would have a path remote's receive-pack run its gpg.program
], CHECKOUT_GUARDS = [
  "hasDot",
  "hasDotdot",
  "hasDotgit",
  "fullPathname",
  "emptyName",
  "badFilemode",
  "zeroPaddedFilemode",
  "duplicateEntries",
  "treeNotSorted",
  "gitmodulesBlob",
  "gitmodulesLarge",
  "gitmodulesMissing",
  "gitmodulesName",
  "gitmodulesParse",
  "gitmodulesPath",
  "gitmodulesSymlink",
  "gitmodulesUpdate",
  "gitmodulesUrl",
  "gitattributesBlob",
  "gitattributesLarge",
  "gitattributesLineLength",
  "gitattributesMissing",
  "gitattributesSymlink"
];
function checkoutGuardsOff(side) {
  return CHECKOUT_GUARDS.flatMap((id) => ["-c", `${side}.fsck.${id}=ignore`]);
}
function serverCommand(pack) {
  let words = [
    "git",
    ...SAFE_GIT,
    "-c",
    "core.alternateRefsCommand=true",
    "-c",
    "receive.autogc=false",
    "-c",
    "receive.denyCurrentBranch=refuse",
    ...pack === "receive" ? checkoutGuardsOff("receive") : [],
    `${pack}-pack`
  ];
  if (words.some((w) => !/^[\w./=:-]+$/.test(w))) throw new Error(`unquotable server command: ${words.join(" ")}`);
  return words.join(" ");
}
function gitEnv(extra, timeoutMs) {
  let env = { ...process.env };
  for (let key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG_PARAMETERS"])
    delete env[key];
  let connect = Math.max(1, Math.min(10, Math.ceil(timeoutMs / 1e3)));
  env.GIT_TERMINAL_PROMPT = "0", env.GIT_ASKPASS = env.GIT_ASKPASS ?? "", env.SSH_ASKPASS = "", env.LC_ALL = "C";
  let ssh = env.GIT_SSH_COMMAND ?? extra?.GIT_SSH_COMMAND ?? "ssh";
  env.GIT_SSH_COMMAND = `${ssh} -o BatchMode=yes -o ConnectTimeout=${connect}`;
  let { GIT_SSH_COMMAND: _, ...rest } = extra ?? {};
  return { ...env, ...rest };
}
function git(dir, args, options = {}) {
  let timeoutMs = options.timeoutMs ?? 6e4;
  return new Promise((done, fail) => {
    let child = (0, import_node_child_process.spawn)(
      "git",
      [...SAFE_GIT, ...options.gitDir === !1 ? [] : [`--git-dir=${(0, import_node_path.join)(dir, ".git")}`], ...args],
      {
        cwd: dir,
        env: gitEnv(options.env, timeoutMs),
        detached: !0,
        // its own process group: the deadline kills ssh too
        stdio: ["pipe", "pipe", "pipe"]
      }
    ), out = [], err = [], timedOut = !1, timer = setTimeout(() => {
      timedOut = !0;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.stdout.on("data", (d) => out.push(d)), child.stderr.on("data", (d) => err.push(d)), child.stdin.on("error", () => {
    }), child.on("error", (error) => {
      clearTimeout(timer), error.code === "ENOENT" ? fail(noGit()) : fail(error);
    }), child.on("close", (code) => {
      clearTimeout(timer);
      let bytes = Buffer.concat(out);
      done({
        code: code ?? 1,
        stdout: bytes.toString("utf8"),
        bytes,
        stderr: Buffer.concat(err).toString("utf8"),
        timedOut
      });
    }), child.stdin.end(options.input ?? "");
  });
}
function noGit() {
  return new BatonError("ENOGIT", "sync needs git, and no `git` command was found on PATH", {
    hint: "install git (https://git-scm.com) or put it on PATH, then run the command again"
  });
}
async function gitOk(dir, args, options = {}) {
  let r = await git(dir, args, options);
  if (r.code === 0) return r.stdout;
  throw gitError(`git ${args[0]}`, r);
}
function gitError(step, r) {
  let said = r.stderr.split(`
`).map((l) => l.trim()).filter(Boolean).slice(0, 3).join("; "), why = r.timedOut ? "it did not finish within the time allowed" : said || `exit code ${r.code}`;
  return new BatonError("EGIT", `${step} failed: ${why}`, {
    hint: "check that the remote exists, is reachable and that you may push to it (`baton sync status`)"
  });
}

export {
  SAFE_GIT,
  checkoutGuardsOff,
  serverCommand,
  git,
  gitOk,
  gitError
};
