import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  slugify
} from "./chunk-U7LSB2QG.js";
import {
  dirtyCount,
  gitState,
  projectRemote,
  projectRoot
} from "./chunk-PNZXFP77.js";
import {
  handoffMeta
} from "./chunk-5ODD5IWO.js";
import {
  parseDoc
} from "./chunk-K3ZHAZQS.js";
import {
  ensureDir,
  handoffText,
  listHandoffs,
  publishHandoff
} from "./chunk-J47OTX5D.js";
import {
  fileError
} from "./chunk-2VRG2R4Q.js";
import {
  renderHandoff
} from "./chunk-7OVCZP5F.js";
import {
  whoAmI
} from "./chunk-K7KUWVWP.js";
import {
  resolveAddress
} from "./chunk-KJXNLXNX.js";
import {
  syncOn
} from "./chunk-7S46E5XO.js";
import {
  formatStamp
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_fs,
  require_os
} from "./chunk-BEEX73Q6.js";
import {
  BatonError
} from "./chunk-YT5RMEHU.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/write.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1);
import { isUtf8 } from "node:buffer";
async function writeHandoff(options) {
  let exact = typeof options.text != "string" && !isUtf8(options.text) ? options.text : void 0, body = typeof options.text == "string" ? options.text : options.text.toString("utf8");
  if (body.trim() === "")
    throw new BatonError("EEMPTY", "the handoff body is empty: nothing was written", {
      hint: "pipe the handoff markdown on stdin or pass --file, e.g. `printf '## Session summary\\n...' | baton handoff write`"
    });
  let address = addressOf(options), redacted = {};
  if (options.redact !== !1) {
    let { redact, redactBytes } = await import("./redact-JPNPIUQ7.js");
    exact ? {
      bytes: exact,
      redaction: { counts: redacted }
    } = await redactBytes(exact) : { text: body, counts: redacted } = await redact(body);
  }
  let warnings = exact ? ["the text is not valid UTF-8; its bytes are saved exactly as given"] : [];
  address.from === void 0 && syncOn(options.dir) && warnings.push(
    "who you are is unknown (no git user.email, no `me` setting): this note has no addressee, so any session on the remote may take it; set `git config --global user.email` or `baton sync init --as ID`"
  ), options.inspect !== !1 && warnings.push(...(await import("./sections-U35L3XAV.js")).inspectSections(body).warnings), ensureDir(options.dir);
  let parents = options.session && options.home !== void 0 ? await (await import("./received-6V2WXLY5.js")).receivedNames(options.dir, options.home, options.session) : [], git = options.git ?? gitState(options.cwd), meta = handoffMeta({
    now: options.now,
    session: options.session,
    project: git.root,
    repo: git.inRepo ? git.mainRoot ?? projectRoot(git.root) : void 0,
    remote: git.inRepo ? projectRemote(git.root) : void 0,
    branch: git.branch,
    commit: git.commit,
    dirty: options.git?.dirty ?? (git.inRepo ? dirtyCount(git.root) : 0),
    host: (0, import_node_os.hostname)(),
    auto: options.auto,
    redacted: Object.values(redacted).reduce((a, b) => a + b, 0),
    parents,
    from: address.from,
    to: address.to
  }), slug = slugify(options.slug || git.branch), stamp = formatStamp(options.now), path;
  try {
    path = publishHandoff(options.dir, stamp, slug, exact ? renderHandoffBytes(meta, exact) : renderHandoff(meta, body));
  } catch (error) {
    throw error instanceof BatonError ? error : fileError(error, "write a handoff in", options.dir);
  }
  let replaced = options.session ? await dropAutosaves(options.dir, options.session, path) : [];
  return { path, warnings, replaced, redacted };
}
function addressOf(options) {
  let config = options.identity ?? { me: "", people: {} }, address = resolveAddress(options.to, whoAmI(options.dir, config).me, config.people);
  if (address.other && !syncOn(options.dir))
    throw new BatonError("ENOSYNC", `a note for ${address.to} needs sync, and ${options.dir} is not synced`, {
      hint: 'nothing was written. Set sync up with `baton sync init REMOTE` (a private git repository your teammates can reach; README "Sync"), or write it with --to me'
    });
  return address;
}
function renderHandoffBytes(meta, body) {
  let head = renderHandoff(meta, ".").slice(0, -2), text = body.toString("latin1").replace(/^[ \t\r\n]*\n/, "").replace(/[ \t\r\n]*$/, `
`);
  return Buffer.concat([Buffer.from(head, "utf8"), Buffer.from(text, "latin1")]);
}
async function dropAutosaves(dir, session, keep) {
  let dropped = [];
  for (let entry of listHandoffs(dir, { pendingOnly: !0 }).pending) {
    if (entry.path === keep) continue;
    let raw = handoffText(entry.path);
    if (raw === void 0) continue;
    let { meta } = await parseDoc(raw);
    meta.auto === !0 && meta.session === session && ((0, import_node_fs.rmSync)(entry.path, { force: !0 }), dropped.push(entry.path));
  }
  return dropped;
}

export {
  writeHandoff,
  renderHandoffBytes
};
