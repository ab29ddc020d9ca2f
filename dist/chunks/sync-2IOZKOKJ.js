import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-M4THCNYT.js";
import {
  claudeHome,
  handoffDir
} from "./chunk-2KJWADXC.js";
import "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import "./chunk-6MYLEJVG.js";
import "./chunk-EGU3MAJP.js";

// src/cli/commands/sync.ts
async function syncInit({ values, positionals }, io) {
  let dir = handoffDir(io.env, values.dir), remote = positionals[0] ?? "", { initSync } = await import("./init-AE5R7ZNP.js"), settings = await initSync(dir, remote, claudeHome(io.env), values.as), report = await sync(dir, io, !1);
  if (values.json) io.stdout(`${JSON.stringify({ dir, ...settings, ...report }, null, 2)}
`);
  else {
    io.stdout(`baton: ${dir} now syncs with ${remote} (this machine: ${settings.machine}).
`);
    let { whoAmI } = await import("./identity-QFFZEDU2.js"), who = whoAmI(dir, loadConfig(io.env));
    io.stdout(
      who.me ? `baton: you are ${who.me} (${who.source}): notes written here are from and, by default, for you.
` : "baton: who you are is unknown: set `git config --global user.email` or use --as ID.\n"
    ), io.stdout(describe(report)), io.stdout(`baton: the remote must be private: handoffs describe your work.
`);
  }
  return 0;
}
async function sync(dir, io, background) {
  let config = loadConfig(io.env), { runSync } = await import("./run-6G4Z6CGG.js");
  return runSync({
    dir,
    home: claudeHome(io.env),
    now: io.now(),
    keepDays: config.keepDays,
    reader: (await import("./identity-QFFZEDU2.js")).readerOf(dir, config),
    ...background ? { lockWaitMs: 0 } : {}
  });
}
function describe(r) {
  let red = r.redacted > 0 ? ` (${r.redacted} credential(s) redacted before the push)` : "";
  return `baton: synced: ${r.pushed.length} pushed${red}, ${r.materialised.length} received, ${r.retired.length} consumed elsewhere, ${r.deleted.length} expired${r.pruned > 0 ? `, ${r.pruned} old claim(s) pruned` : ""}.
`;
}
async function syncCommand({ values }, io) {
  let dir = handoffDir(io.env, values.dir), report;
  try {
    report = await sync(dir, io, values.background === !0);
  } catch (error) {
    if (values.background && error instanceof BatonError && error.code === "ELOCKED") return 0;
    throw error;
  }
  return values.json ? io.stdout(`${JSON.stringify(report, null, 2)}
`) : io.stdout(describe(report)), 0;
}
async function syncStatusCommand({ values }, io) {
  let { syncStatus } = await import("./init-AE5R7ZNP.js"), s = await syncStatus(handoffDir(io.env, values.dir), claudeHome(io.env), 1e4, loadConfig(io.env));
  if (values.json)
    return io.stdout(`${JSON.stringify(s, null, 2)}
`), 0;
  let lines = [
    `remote:    ${s.remote}${s.reachable ? "" : `  (unreachable: ${s.error})`}`,
    ...s.remoteDiffers ? [
      `           (git's origin, used; ${s.dir}/.git/baton-sync.json says ${s.settingsRemote}: edit one to match the other)`
    ] : [],
    `machine:   ${s.machine}`,
    `me:        ${s.me ?? "unknown (set git config --global user.email, or baton sync init REMOTE --as ID)"}` + (s.me ? `  (from ${s.meSource})` : ""),
    `last sync: ${s.lastSync ?? "never"}${s.lastError ? `  (last error: ${s.lastError})` : ""}`,
    `ahead ${s.ahead}, behind ${s.behind}`,
    s.pending.length ? "pending notes:" : "pending notes: none",
    ...s.pending.map((g) => `  ${g.pending} (${g.synced} synced)  ${g.project}  from ${g.host}`),
    ...s.refused.length ? [
      `warning:   the remote holds ${s.refused.length} path(s) git would refuse to check out (${s.refused.slice(0, 3).join(", ")}): Baton ignores them and keeps syncing; someone wrote them there, not Baton`
    ] : []
  ];
  return io.stdout(`${lines.join(`
`)}
`), 0;
}
export {
  syncCommand,
  syncInit,
  syncStatusCommand
};
