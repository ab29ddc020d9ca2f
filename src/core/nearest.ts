/** "Did you mean …?": the known name nearest to a mistyped one. */

/**
 * The edit distance between `a` and `b`: how many single-character insertions,
 * deletions, substitutions or swaps of two neighbours turn one into the other
 * (optimal string alignment, so `hnadoff` is one step from `handoff`).
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: two back (for swaps), one back, this one.
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      row.push(best)
    }
    before = previous
    previous = row
  }
  return previous[b.length]!
}

/**
 * The candidate nearest to `input`, when it is near enough to be a likely typo:
 * at most 2 edits, and fewer than half of `input`'s characters. Failing that, the
 * only candidate `input` is the start of (`mem` → `memory`). Ties go to the
 * candidate listed first. `undefined` when nothing is close.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(2, Math.ceil(input.length / 2) - 1)
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = editDistance(input, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  if (best !== undefined && bestDistance > 0 && bestDistance <= limit) return best
  const starting = candidates.filter((c) => input.length >= 2 && c.startsWith(input) && c !== input)
  return starting.length === 1 ? starting[0] : undefined
}
