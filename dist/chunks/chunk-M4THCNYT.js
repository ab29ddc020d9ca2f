import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  batonDir
} from "./chunk-2KJWADXC.js";
import {
  require_fs
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

// src/io/config.ts
var import_node_fs = __toESM(require_fs(), 1), import_node_path = __toESM(require_path(), 1);

// src/core/config.ts
var DEFAULTS = {
  keepDays: 7,
  scope: "project",
  stopMode: "remind",
  maxChars: 4e4,
  autosave: !0,
  saveIn: "interactive",
  guard: !0,
  redact: !0,
  claimIn: "interactive",
  syncTimeoutMs: 2e3,
  me: "",
  people: {}
}, KEYS = Object.keys(DEFAULTS);
function coerce(key, value, source) {
  let bad = (expected) => {
    throw new TypeError(`Expected \`${key}\` in ${source} to be ${expected}, got ${JSON.stringify(value)}`);
  };
  switch (key) {
    case "keepDays":
    case "syncTimeoutMs":
    case "maxChars": {
      let n = typeof value == "string" ? Number(value) : value;
      return typeof n == "number" && Number.isInteger(n) && n >= 0 ? n : bad("a whole number >= 0");
    }
    case "scope":
      return value === "project" || value === "all" ? value : bad('"project" or "all"');
    case "claimIn":
    case "saveIn":
      return value === "interactive" || value === "all" ? value : bad('"interactive" or "all"');
    case "stopMode":
      return value === "off" || value === "remind" || value === "block" ? value : bad('"off", "remind" or "block"');
    case "autosave":
    case "guard":
    case "redact":
      return typeof value == "boolean" ? value : value === "true" || value === "1" ? !0 : value === "false" || value === "0" ? !1 : bad("true or false");
    case "me":
      return typeof value == "string" ? value.trim() : bad("a string (an email)");
    case "people":
      return people(typeof value == "string" ? parseJson(value) : value) ?? bad("an object of name \u2192 email");
  }
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
}
function people(value) {
  if (typeof value != "object" || value === null || Array.isArray(value)) return;
  let entries = Object.entries(value);
  return entries.every(([, v]) => typeof v == "string") ? Object.fromEntries(entries) : void 0;
}
var envName = (key, prefix) => prefix + key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
function resolveConfig(file, env) {
  let config = { ...DEFAULTS }, set = (key, value, source) => {
    config[key] = coerce(key, value, source);
  };
  for (let key of KEYS) {
    file[key] !== void 0 && set(key, file[key], "config.json");
    for (let name of [`CLAUDE_PLUGIN_OPTION_${key.toUpperCase()}`, envName(key, "BATON_")]) {
      let v = env[name];
      v !== void 0 && v !== "" && set(key, v, name);
    }
  }
  return config;
}

// src/io/config.ts
function loadConfig(env = process.env) {
  let file = (0, import_node_path.join)(batonDir(env), "config.json"), data = {};
  try {
    if (data = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8")), typeof data != "object" || data === null || Array.isArray(data)) throw new TypeError("Expected a JSON object");
  } catch (error) {
    if (hasCode(error, "ENOENT")) data = {};
    else
      throw new BatonError("ECONFIG", `cannot use ${file}: ${error.message}`, {
        file,
        hint: 'fix or delete that file; see README "Configuration"'
      });
  }
  try {
    return resolveConfig(data, env);
  } catch (error) {
    throw new BatonError("ECONFIG", error.message, { file, hint: 'fix the value; see README "Configuration"' });
  }
}

export {
  loadConfig
};
