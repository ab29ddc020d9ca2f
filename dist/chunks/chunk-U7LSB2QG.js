import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/slug.ts
function slugify(input, fallback = "session") {
  let slug = (input ?? "").normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}

export {
  slugify
};
