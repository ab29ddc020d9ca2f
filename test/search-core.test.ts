/** The pure parts of search, lineage and the history index. */
import {describe, expect, it} from 'vitest'
import {matchRanges, parseQuery} from '../src/core/search/query.ts'
import {snippets, visible} from '../src/core/search/snippets.ts'
import {onlySpans} from '../src/core/search/hit.ts'
import {lineageOf, noteKey, parentsOf} from '../src/core/lineage.ts'
import {historyEntry, parseHistory} from '../src/core/history.ts'
import {parseLite} from '../src/core/frontmatter-lite.ts'
import {parseHandoff, renderHandoff} from '../src/core/frontmatter.ts'
import {handoffMeta} from '../src/core/handoff-meta.ts'
import {sectionSpans} from '../src/core/sections.ts'
import {body} from './helpers.ts'

const matches = (query: string, text: string): boolean => matchRanges(text, parseQuery(query)) !== undefined

describe('queries', () => {
  it('match whole words in any case, Unicode included', () => {
    expect(matches('retry', 'The Retry policy')).toBe(true)
    expect(matches('retry', 'retrying later')).toBe(false)
    expect(matches('retry', 'preretry')).toBe(false)
    expect(matches('retry', 'retry_policy')).toBe(false) // `_` is part of a word
    expect(matches('retry', 'retry-policy')).toBe(true)
    expect(matches('ÉCOLE', 'une école ici')).toBe(true)
    expect(matches('caf', 'café')).toBe(false)
    expect(matches('v1.2', 'bumped to v1.2.')).toBe(true)
    expect(matches('c++', 'we use C++ here')).toBe(true)
    expect(matches('a.b', 'axb')).toBe(false) // no regex syntax leaks through
  })
  it('need every term; phrases keep their order, any white space between words', () => {
    expect(matches('retry policy', 'policy … retry')).toBe(true)
    expect(matches('"retry policy"', 'policy … retry')).toBe(false)
    expect(matches('"retry policy"', 'RETRY\n   Policy')).toBe(true)
    expect(matches('"retry policy" jitter', 'retry policy')).toBe(false)
    expect(matches('"retry  policy', 'a retry policy')).toBe(true) // unclosed quote runs to the end
    expect(() => parseQuery('  "" ')).toThrow(/empty/)
  })
  it('give every match, in order', () => {
    expect(matchRanges('b a b', parseQuery('b a'))).toEqual([
      [0, 1],
      [2, 3],
      [4, 5]
    ])
  })
})

describe('snippets', () => {
  it('show matching lines with a line of context, labelled by section, merged when close', () => {
    const text = body('tok')
    const spans = sectionSpans(text)
    const s = snippets(text, matchRanges(text, parseQuery('tok'))!, {sections: spans, maxSnippets: 10})
    // Lines 2 and 5 match: their context runs touch, but a section starts between them, so each has its own
    // snippet, labelled by its own section (blank lines left out).
    expect(s.map((x) => x.section)).toEqual(['Session summary', 'What changed', 'Active context'])
    expect(s[0]!.lines).toEqual([
      {n: 1, text: '## Session summary', match: false},
      {n: 2, text: 'Worked on tok.', match: true}
    ])
    expect(s[1]!.lines).toEqual([
      {n: 4, text: '## What changed', match: false},
      {n: 5, text: '- src/tok.ts', match: true}
    ])
    expect(s[2]!.lines.filter((l) => l.match).map((l) => l.text)).toEqual(['marker=tok', 'end=tok'])
    // Without sections the two stay one snippet.
    expect(snippets(text, matchRanges(text, parseQuery('tok'))!, {maxSnippets: 10})[0]!.lines).toHaveLength(4)
  })
  it('label every snippet by the section its matches are in, when matches in several sections are close', () => {
    const text = [
      '## Session summary',
      'the retry work',
      '## What changed',
      'retry in fetch',
      '## What still needs work',
      'retry budget',
      '## Key decisions',
      'retry twice'
    ].join('\n')
    const s = snippets(text, matchRanges(text, parseQuery('retry'))!, {sections: sectionSpans(text), maxSnippets: 10})
    expect(s.map((x) => [x.section, x.lines.filter((l) => l.match).map((l) => l.n)])).toEqual([
      ['Session summary', [2]],
      ['What changed', [4]],
      ['What still needs work', [6]],
      ['Key decisions', [8]]
    ])
    for (const x of s)
      expect(x.lines.every((l) => !l.text.startsWith('## ') || l.text === `## ${x.section}`)).toBe(true)
  })
  it('clip long lines around the match and make control characters visible', () => {
    const line = `${'x '.repeat(500)}needle\x1b[31m${' y'.repeat(500)}`
    const [s] = snippets(line, matchRanges(line, parseQuery('needle'))!)
    expect(s!.lines[0]!.text).toContain('needle\\u{1b}[31m')
    expect(s!.lines[0]!.text.length).toBeLessThan(220)
    expect(visible('a\tb\u202ec')).toBe('a b\\u{202e}c')
  })
  it('a section search sees only its sections, with offsets kept', () => {
    const text = 'aa\n## K\nbb\n## L\ncc'
    const masked = onlySpans(text, [{start: 8, end: 11}])
    expect(masked).toHaveLength(text.length)
    expect(masked.replace(/\s+/g, ' ').trim()).toBe('bb')
  })
})

describe('lineage', () => {
  it('knows a note by its pending name, whatever became of it', () => {
    expect(noteKey('2026-11-20_101500_main_done.md')).toBe('2026-11-20_101500_main.md')
    expect(noteKey('sub/2026-11-20_101500_main_done-2.md')).toBe('2026-11-20_101500_main.md')
    expect(noteKey('notes.md')).toBeUndefined()
    expect(parentsOf({parents: ['2026-11-20_101500_main_done.md', 42, '../../etc/passwd']})).toEqual([
      '2026-11-20_101500_main_done.md'
    ])
    expect(parentsOf({parents: 'x'})).toEqual([])
  })
  it('walks ancestors and descendants by generation, each once, even through a loop', () => {
    const nodes = [
      {key: 'a', parents: []},
      {key: 'b', parents: ['a']},
      {key: 'c', parents: ['b', 'a']},
      {key: 'd', parents: ['c']},
      {key: 'a', parents: ['d']} // a loop (hand-edited front matter)
    ]
    const l = lineageOf('c', nodes)
    expect(l.ancestors).toEqual([
      {key: 'b', generation: 1},
      {key: 'a', generation: 1},
      {key: 'd', generation: 2}
    ])
    expect(l.descendants).toEqual([
      {key: 'd', generation: 1},
      {key: 'a', generation: 2},
      {key: 'b', generation: 3}
    ])
  })
})

describe('parents in the front matter', () => {
  it('are written as a YAML list that the lite reader reads as gray-matter does', () => {
    const parents = ['2026-11-20_101500_main_done.md', '2026-11-20_101501_feat-x_done-2.md']
    const meta = handoffMeta({
      now: new Date('2026-11-21T00:00:00Z'),
      session: 's',
      project: '/p',
      branch: 'main',
      commit: 'abc1234',
      dirty: 0,
      host: 'h',
      parents
    })
    const raw = renderHandoff(meta, body('x'))
    expect(raw).toContain(`parents:\n  - ${parents[0]}\n  - ${parents[1]}\n`)
    const lite = parseLite(raw)
    expect(lite).toBeDefined() // no YAML library on the hook path
    expect(lite).toEqual(parseHandoff(raw))
    const consumed = renderHandoff({...meta, consumed: {at: '2026-11-22T00:00:00.000Z', by: 'r'}}, body('x'))
    expect(parseLite(consumed)).toEqual(parseHandoff(consumed))
    expect(
      renderHandoff(handoffMeta({...meta, now: new Date(0), project: '/p', parents: []} as never), 'x')
    ).not.toContain('parents')
  })
  it('the lite reader declines lists it cannot read exactly', () => {
    for (const raw of [
      '---\nparents:\n  - [1]\n---\nx',
      '---\nparents:\n  - a: b\n---\nx',
      '---\nconsumed:\n  at: x\n  - y\n---\nx',
      '---\nparents:\n  - 2026-11-20\n---\nx'
    ])
      expect(parseLite(raw)).toBeUndefined()
  })
})

describe('the history index', () => {
  it('round-trips entries and skips torn or foreign lines', () => {
    const e = historyEntry(
      '2026-11-20_101500_main_done.md',
      {created: '2026-11-20T10:15:00.000Z', project: '/p', branch: 'main', session: 's', consumed: {by: 'r'}},
      {summary: 'did things', sections: ['Session summary'], deleted: new Date('2026-12-01T00:00:00Z')}
    )
    const torn = '{"v":1,"file":"2026-11-20_1015\n[1,2]\nnot json\n{"v":1,"file":"../x.md"}\n'
    const text = `${JSON.stringify(e)}\n${torn}${JSON.stringify(e)}\n`
    expect(parseHistory(text)).toEqual([e, e])
    expect(e).toMatchObject({consumedBy: 'r', consumedAt: '', parents: [], deleted: '2026-12-01T00:00:00.000Z'})
  })
})
