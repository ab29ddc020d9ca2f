import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/confusables.ts
var LOOKALIKES = {
  "<": "\u2039\u276E\u02C2\u{1D236}\u1438\u16B2",
  "/": "\u1735\u2041\u2215\u2044\u2571\u27CB\u29F8\u{1D23A}\u31D3\u3033\u2CC6\u30CE\u4E3F\u2F03",
  h: "\u04BB\u0570\u13C2\u0397\u{1D6AE}\u{1D6E8}\u{1D722}\u{1D75C}\u{1D796}\u2C8E\u041D\u13BB\u157C\uA4E7\u{102CF}",
  a: "\u237A\u0251\u03B1\u{1D6C2}\u{1D6FC}\u{1D736}\u{1D770}\u{1D7AA}\u0430\u0391\u{1D6A8}\u{1D6E2}\u{1D71C}\u{1D756}\u{1D790}\u0410\u13AA\u15C5\uA4EE\u{16F40}\u{102A0}",
  n: "\u0578\u057C\u039D\u{1D6B4}\u{1D6EE}\u{1D728}\u{1D762}\u{1D79C}\u2C9A\uA4E0\u{10513}",
  d: "\u0501\u13E7\u146F\uA4D2\u13A0\u15DE\u15EA\uA4D3",
  o: "\u0C02\u0C82\u0D02\u0D82\u0966\u0A66\u0AE6\u0BE6\u0C66\u0CE6\u0D66\u0E50\u0ED0\u1040\u0665\u06F5\u1D0F\u1D11\uAB3D\u03BF\u{1D6D0}\u{1D70A}\u{1D744}\u{1D77E}\u{1D7B8}\u03C3\u{1D6D4}\u{1D70E}\u{1D748}\u{1D782}\u{1D7BC}\u2C9F\u043E\u10FF\u0585\u05E1\u0647\u{1EE24}\u{1EE64}\u{1EE84}\uFEEB\uFEEC\uFEEA\uFEE9\u06BE\uFBAC\uFBAD\uFBAB\uFBAA\u06C1\uFBA8\uFBA9\uFBA7\uFBA6\u06D5\u0D20\u101D\u{104EA}\u{118C8}\u{118D7}\u{1042C}0\u07C0\u09E6\u0B66\u3007\u{114D0}\u{118E0}\u{1D7CE}\u{1D7D8}\u{1D7E2}\u{1D7EC}\u{1D7F6}\u{1FBF0}\u039F\u{1D6B6}\u{1D6F0}\u{1D72A}\u{1D764}\u{1D79E}\u2C9E\u041E\u0555\u2D54\u12D0\u0B20\u{104C2}\uA4F3\u{118B5}\u{10292}\u{102AB}\u{10404}\u{10516}",
  f: "\uAB35\uA799\u017F\u1E9D\u0584\u{1D213}\uA798\u03DC\u{1D7CA}\u15B4\uA4DD\u{118C2}\u{118A2}\u{10287}\u{102A5}\u{10525}",
  s: "\uA731\u01BD\u0455\uABAA\u{118C1}\u{10448}\u0405\u054F\u13D5\u13DA\uA4E2\u{16F3A}\u{10296}\u{10420}",
  m: "\u039C\u{1D6B3}\u{1D6ED}\u{1D727}\u{1D761}\u{1D79B}\u03FA\u2C98\u041C\u13B7\u15F0\u16D6\uA4DF\u{102B0}\u{10311}",
  i: "\u02DB\u2373\u0131\u{1D6A4}\u026A\u0269\u03B9\u1FBE\u037A\u{1D6CA}\u{1D704}\u{1D73E}\u{1D778}\u{1D7B2}\u0456\uA647\u04CF\uAB75\u13A5\u{118C3}",
  t: "\u22A4\u27D9\u{1F768}\u03A4\u{1D6BB}\u{1D6F5}\u{1D72F}\u{1D769}\u{1D7A3}\u2CA6\u0422\u13A2\uA4D4\u{16F0A}\u{118BC}\u{10297}\u{102B1}\u{10315}",
  e: "\u212E\uAB32\u0435\u04BD\u22FF\u0395\u{1D6AC}\u{1D6E6}\u{1D720}\u{1D75A}\u{1D794}\u0415\u2D39\u13AC\uA4F0\u{118A6}\u{118AE}\u{10286}"
};

// src/core/fence.ts
var prototypes;
function prototype(c) {
  return prototypes ??= new Map(Object.entries(LOOKALIKES).flatMap(([p, chars]) => [...chars].map((l) => [l, p]))), prototypes.get(c) ?? c;
}
var LT = new RegExp(`[<\uFE64\uFF1C\u2329\u3008\u27E8${LOOKALIKES["<"]}]`, "gu"), TAG = /^\/?(?:handoffs?|omitted)/i, INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\s]/gu, LOOKAHEAD = 512;
function folded(text, from, first) {
  let s = "";
  for (let c of text.slice(from, from + LOOKAHEAD)) {
    let n = (first === "nfkc" ? c : prototype(c)).normalize("NFKC").replace(INVISIBLE, "");
    for (let d of n) s += prototype(d);
    if (s.length >= 12) break;
  }
  return s;
}
function neutraliseFence(text) {
  let tag = (at) => TAG.test(folded(text, at, "nfkc")) || TAG.test(folded(text, at, "lookalike"));
  return text.replace(LT, (lt, at) => tag(at + lt.length) ? `${lt}\\` : lt);
}

export {
  neutraliseFence
};
