import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import {
  BatonError
} from "./chunk-YT5RMEHU.js";

// src/core/address.ts
var ANYONE = "anyone";
function identity(id) {
  return id.trim().toLowerCase();
}
function isIdentity(id) {
  return /^[^\s\0-\x1f\x7f-\x9f"'`<>\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]{1,200}$/.test(id) && identity(id) !== ANYONE && identity(id) !== "me";
}
var str = (v) => typeof v == "string" && v.trim() !== "" ? v : void 0;
function senderOf(meta) {
  let from = str(meta.from);
  return from === void 0 || !isIdentity(from) ? void 0 : identity(from);
}
function recipientOf(meta) {
  let to = str(meta.to);
  return to === void 0 || !isIdentity(to) ? ANYONE : identity(to);
}
function addressedTo(meta, reader) {
  if (!reader.synced) return !0;
  let to = recipientOf(meta);
  return to === ANYONE || reader.me !== void 0 && to === identity(reader.me);
}
function resolveAddress(to, me, people = {}) {
  let from = me === void 0 ? {} : { from: identity(me) }, word = to === void 0 || to.trim() === "" ? "me" : to.trim();
  if (identity(word) === "me") return me === void 0 ? { other: !1 } : { ...from, to: identity(me), other: !1 };
  if (identity(word) === ANYONE) return { ...from, to: ANYONE, other: !1 };
  let person = Object.entries(people).find(([name]) => identity(name) === identity(word))?.[1] ?? (word.includes("@") ? word : void 0);
  if (person === void 0 || !isIdentity(person))
    throw new BatonError("EUSAGE", `--to ${JSON.stringify(word)} names nobody Baton knows`, {
      hint: 'give "me", "anyone", an email (bob@example.com), or a short name defined in config.json ("people": {"bob": "bob@example.com"})'
    });
  let id = identity(person);
  return { ...from, to: id, other: me === void 0 || id !== identity(me) };
}
function deliveryOf(text, machine) {
  let data = {};
  try {
    let parsed = JSON.parse(text);
    typeof parsed == "object" && parsed !== null && !Array.isArray(parsed) && (data = parsed);
  } catch {
  }
  let who = typeof data.who == "string" && isIdentity(data.who) ? identity(data.who) : void 0, time = typeof data.at == "string" ? Date.parse(data.at) : Number.NaN, at = Number.isNaN(time) ? void 0 : new Date(time).toISOString();
  return { machine, ...who ? { who } : {}, ...at ? { at } : {} };
}

export {
  identity,
  isIdentity,
  senderOf,
  recipientOf,
  addressedTo,
  resolveAddress,
  deliveryOf
};
