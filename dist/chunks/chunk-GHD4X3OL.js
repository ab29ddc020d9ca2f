import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BRANCH,
  REMOTE_REF
} from "./chunk-O6SPVBOK.js";
import {
  git,
  gitError
} from "./chunk-A253VJLM.js";
import {
  CLAIMS,
  claimsByNote
} from "./chunk-3MPKVRL5.js";

// src/io/handoff/sync/remote.ts
async function originUrl(dir, budget) {
  let r = await git(dir, ["remote", "get-url", "origin"], { timeoutMs: budget.left() });
  return r.code === 0 ? r.stdout.trim() : "";
}
async function history(dir, names, budget) {
  let found = { adds: /* @__PURE__ */ new Map(), claims: /* @__PURE__ */ new Map() }, claimPaths = [];
  for (let i = 0; i < names.length; i += 100) {
    let chunk = names.slice(i, i + 100), paths = [...chunk, ...chunk.map((n) => `${CLAIMS}/${n}`)], args = ["log", "--format=", "--raw", "--no-abbrev", "--no-renames", ...["--ignore-missing", REMOTE_REF, `refs/heads/${BRANCH}`], "--", ...paths], r = await git(dir, args, { timeoutMs: budget.left(), env: { GIT_LITERAL_PATHSPECS: "1" } });
    if (r.code !== 0) {
      if (/unknown revision|bad revision|ambiguous argument|does not have any commits/i.test(r.stderr)) continue;
      throw gitError("reading the remote history", r);
    }
    for (let line of r.stdout.split(`
`)) {
      let raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) A\t(.+)$/.exec(line);
      if (!raw) continue;
      let [, sha = "", path = ""] = raw;
      path.startsWith(`${CLAIMS}/`) ? claimPaths.push(path) : chunk.includes(path) && found.adds.set(path, [...found.adds.get(path) ?? [], sha]);
    }
  }
  return found.claims = claimsByNote(claimPaths), found;
}

export {
  originUrl,
  history
};
