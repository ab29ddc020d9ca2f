import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/fence.ts
var LT = /[<\uFE64\uFF1C\u02C2\u2039\u2329\u3008\u27E8\u276E\u1438]/g, TAG = /^\/?(?:handoffs?|omitted)/i, INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\s]/gu;
function folded(text, from) {
  let s = "";
  for (let c of text.slice(from, from + 512))
    if (s += c.normalize("NFKC").replace(INVISIBLE, ""), s.length >= 12) break;
  return s;
}
function neutraliseFence(text) {
  return text.replace(LT, (lt, at) => TAG.test(folded(text, at + lt.length)) ? `${lt}\\` : lt);
}

export {
  neutraliseFence
};
