import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/guard.ts
function guardedKind(rel) {
  if (rel === "" || rel.startsWith("../") || rel.startsWith("/")) return;
  if (rel === "settings.json" || rel === "settings.local.json") return "settings";
  if (rel === "CLAUDE.md") return "instructions";
  let [top, second, third] = rel.split("/");
  if (top === "projects" && second && third === "memory" && rel.length > `projects/${second}/memory/`.length) return "memory";
  if ((top === "skills" || top === "agents" || top === "commands") && second) return top;
}
function denyReason(path, holder, now) {
  let at = holder.claims.find((c) => c.path === path)?.at, mins = at ? Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 6e4)) : void 0, where = [holder.project || "no project", holder.branch ? `branch ${holder.branch}` : "", `pid ${holder.pid} on ${holder.host}`].filter(Boolean).join(", ");
  return [
    `baton: ${path} is claimed by another live Claude Code session, ${holder.session} (${where})${mins === void 0 ? "" : `, since ${mins} min ago`}.`,
    "Editing it now could clobber that session's changes, so this edit was denied.",
    `Instead: add your line with \`baton index add '${path}' --entry "\u2026"\` (a locked upsert that cannot lose updates),`,
    "or write to your branch namespace (`baton memory ns` prints it) and merge later with `baton memory merge`.",
    `The claim ends when that session ends; the user can free it now with \`baton release '${path}' --force\`.`
  ].join(" ");
}

export {
  guardedKind,
  denyReason
};
