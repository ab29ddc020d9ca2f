import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
import "./chunk-EGU3MAJP.js";

// src/io/handoff/deliver.ts
async function deliverResume(result, parts, send) {
  let mine = (p) => p.items.filter(result.claimedHere), total = parts.reduce((n, p) => n + mine(p).length, 0), sent = 0, i = 0;
  try {
    for (; i < parts.length && await send(parts[i].text); i++)
      sent += mine(parts[i]).length;
  } catch {
  }
  let back = parts.slice(i).flatMap(mine), now = back.length > 0 ? result.putBack(back) : 0;
  return result.release(), { total, sent, back: back.length, now };
}
export {
  deliverResume
};
