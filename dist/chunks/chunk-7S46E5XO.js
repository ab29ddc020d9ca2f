import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  isMachineId,
  machineIdFrom
} from "./chunk-3MPKVRL5.js";
import {
  token
} from "./chunk-QUAZ5LVA.js";
import {
  hostTag
} from "./chunk-ZNZ4ZZC5.js";
import {
  require_crypto
} from "./chunk-RGU2QRGX.js";
import {
  require_fs,
  require_os
} from "./chunk-BEEX73Q6.js";
import {
  BatonError,
  hasCode
} from "./chunk-YT5RMEHU.js";
import {
  require_path
} from "./chunk-6MYLEJVG.js";
import {
  __toESM
} from "./chunk-EGU3MAJP.js";

// src/io/handoff/sync/settings.ts
var import_node_crypto = __toESM(require_crypto(), 1), import_node_fs = __toESM(require_fs(), 1), import_node_os = __toESM(require_os(), 1), import_node_path = __toESM(require_path(), 1);
function syncFile(dir) {
  return (0, import_node_path.join)(dir, ".git", "baton-sync.json");
}
function syncOn(dir) {
  return (0, import_node_fs.existsSync)(syncFile(dir));
}
function readSettings(dir) {
  try {
    let data = JSON.parse((0, import_node_fs.readFileSync)(syncFile(dir), "utf8"));
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
  (0, import_node_fs.writeFileSync)(temp, `${JSON.stringify(settings, null, 2)}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temp, syncFile(dir));
}
function binding(batonDir) {
  let system = "";
  for (let file of ["/etc/machine-id", "/var/lib/dbus/machine-id"])
    try {
      system = (0, import_node_fs.readFileSync)(file, "utf8").trim();
      break;
    } catch {
    }
  let place = `${system}\0${(0, import_node_path.resolve)(batonDir)}\0${(0, import_node_fs.statSync)(batonDir).ino}`;
  return (0, import_node_crypto.createHash)("sha256").update(place).digest("hex").slice(0, 16);
}
function idLines(file) {
  let text = "";
  try {
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
  }
  return text.split(`
`).map((line) => line.trim().split(/\s+/)).filter(([id = ""]) => isMachineId(id)).map(([id = "", bound]) => bound ? { id, bound } : { id });
}
function machineId(batonDir) {
  let file = (0, import_node_path.join)(batonDir, "machine-id");
  (0, import_node_fs.mkdirSync)(batonDir, { recursive: !0, mode: 448 });
  let here = binding(batonDir), find = () => idLines(file).find((l) => l.bound === here)?.id, known = find();
  if (known) return known;
  let lines = idLines(file);
  if (lines.length === 1 && lines[0].bound === void 0) {
    let temp = `${file}.${process.pid}.${token()}`;
    (0, import_node_fs.writeFileSync)(temp, `${lines[0].id} ${here}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temp, file);
  } else {
    let hex = Array.from({ length: 8 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
    (0, import_node_fs.appendFileSync)(file, `${machineIdFrom(hostTag((0, import_node_os.hostname)()), hex)} ${here}
`, { mode: 384 });
  }
  let id = find();
  if (!id) throw new BatonError("ECONFIG", `${file} does not hold a machine id`, { file, hint: "delete that file" });
  return id;
}
async function withSyncLock(dir, home, waitMs, fn) {
  let { withLock } = await import("./lock-KNRX6IK7.js");
  return withLock(
    (0, import_node_path.join)(dir, ".git"),
    () => (clearGitLocks((0, import_node_path.join)(dir, ".git")), fn()),
    { wait: waitMs, locksDir: (0, import_node_path.join)(home, "baton", "locks") }
  );
}
function clearGitLocks(gitDir) {
  let walk = (d) => {
    for (let entry of readdirSafe(d)) {
      let path = (0, import_node_path.join)(d, entry.name);
      entry.isDirectory() ? walk(path) : entry.name.endsWith(".lock") && (0, import_node_fs.rmSync)(path, { force: !0 });
    }
  };
  walk((0, import_node_path.join)(gitDir, "refs"));
  for (let name of ["packed-refs.lock", "HEAD.lock", "FETCH_HEAD.lock", "shallow.lock"])
    (0, import_node_fs.rmSync)((0, import_node_path.join)(gitDir, name), { force: !0 });
}
function readdirSafe(d) {
  try {
    return (0, import_node_fs.readdirSync)(d, { withFileTypes: !0 });
  } catch {
    return [];
  }
}

export {
  syncFile,
  syncOn,
  readSettings,
  writeSettings,
  machineId,
  withSyncLock
};
