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

// src/cli/commands/sent.ts
async function sent({ values }, io) {
  let dir = handoffDir(io.env, values.dir), { syncOn } = await import("./settings-GRIKLL4M.js");
  if (!syncOn(dir))
    throw new BatonError("ENOSYNC", `${dir} is not synced: notes stay on this machine, so there are no receipts`, {
      hint: 'set sync up with `baton sync init REMOTE` (README "Sync")'
    });
  let { whoAmI } = await import("./identity-QFFZEDU2.js"), me = whoAmI(dir, loadConfig(io.env)).me;
  if (me === void 0)
    throw new BatonError("ENOSYNC", "who you are is unknown, so Baton cannot tell which notes are yours", {
      hint: "set `git config --global user.email`, or run `baton sync init REMOTE --as you@example.com`"
    });
  let { sentNotes } = await import("./receipts-NVQTTEND.js"), report = await sentNotes(dir, claudeHome(io.env), me, 1e4);
  if (values.json)
    return io.stdout(`${JSON.stringify(report, null, 2)}
`), 0;
  let lines = [
    `me: ${report.me}${report.error ? `  (remote unreachable, as of the last sync: ${report.error})` : ""}`
  ];
  report.notes.length === 0 && lines.push("no notes of yours on the remote");
  for (let s of report.notes) {
    let d = s.delivered, state = d ? `delivered to ${d.who ?? "(not recorded)"} on ${d.machine}${d.at ? ` at ${d.at}` : ""}` : s.state === "unpushed" ? "waiting (not pushed yet: `baton sync`)" : "waiting";
    lines.push(`${s.note}  to ${s.to}  ${state}`);
  }
  return io.stdout(`${lines.join(`
`)}
`), 0;
}
export {
  sent
};
