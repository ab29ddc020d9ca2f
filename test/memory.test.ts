/** Auto memory, pure logic: path encoding, visibility check, index entries, split planning. */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {encodeProjectPath, pathHash} from '../src/core/memory/encode.ts'
import {checkMemory} from '../src/core/memory/limits.ts'
import {memoryDirSetting} from '../src/core/memory/directory.ts'
import {commentBlocks} from '../src/core/memory/comments.ts'
import {describeCheck, memoryWarning} from '../src/core/memory/report.ts'
import {entryKey, formatEntry, upsertEntry} from '../src/core/memory/entries.ts'
import {firstSentence} from '../src/core/memory/summary.ts'
import {planSplit, type SplitPlan} from '../src/core/memory/split.ts'
import {topicNamer} from '../src/core/memory/topic.ts'
import {topicFrontmatter, withEol} from '../src/core/memory/topic.ts'
import {conflictName, entryForFile, hasEntry, onlyEntries, retarget} from '../src/core/memory/namespace.ts'
import {BatonError} from '../src/core/errors.ts'
import {parseBlocks} from '../src/core/memory/parse.ts'
import {parseMarkdown} from '../src/core/sections.ts'

const lines = (n: number, prefix = 'line'): string =>
  Array.from({length: n}, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n'

describe('project path encoding', () => {
  it('replaces every character outside [a-zA-Z0-9] with a dash', () => {
    expect(encodeProjectPath('/home/u/my.app_v2')).toBe('-home-u-my-app-v2')
    expect(encodeProjectPath('/tmp/café')).toBe('-tmp-caf-')
  })

  it('uses the 32-bit rolling string hash that Claude Code uses', () => {
    expect(pathHash('hello')).toBe(99162322) // Java's "hello".hashCode()
    expect(pathHash('')).toBe(0)
  })

  it('cuts a name longer than 200 characters and adds a base-36 hash of the path', () => {
    const path = `/tmp/${'deep/'.repeat(60)}project`
    const encoded = encodeProjectPath(path)
    expect(encoded.slice(0, 200)).toBe(path.replace(/[^a-zA-Z0-9]/g, '-').slice(0, 200))
    expect(encoded.slice(200)).toBe(`-${Math.abs(pathHash(path)).toString(36)}`)
    expect(encodeProjectPath('/' + 'a'.repeat(199))).toHaveLength(200)
  })
})

describe('autoMemoryDirectory', () => {
  it('resolves ~/ and absolute paths, and ignores what Claude Code ignores', () => {
    expect(memoryDirSetting('~/mem/', '/home/u', true)).toBe('/home/u/mem')
    expect(memoryDirSetting('/srv/mem//', '/home/u', true)).toBe('/srv/mem')
    expect(memoryDirSetting('~/mem', '/home/u', false)).toBeUndefined() // the override variable has no ~
    for (const ignored of ['relative/mem', '~/..', '~/../x', '~', '/a', '', 42, null])
      expect(memoryDirSetting(ignored, '/home/u', true), String(ignored)).toBeUndefined()
  })
})

describe('memory check', () => {
  it('says every line is visible when the file is within 200 lines and 25,000 characters', () => {
    const c = checkMemory(lines(200))
    expect(c).toMatchObject({fits: true, lines: 200, hiddenLines: 0, firstHiddenLine: undefined, lastVisibleLine: 200})
  })

  it('names lines 201 onward as invisible in a 250-line file', () => {
    const c = checkMemory(lines(250))
    expect(c).toMatchObject({
      fits: false,
      overLines: true,
      overChars: false,
      lastVisibleLine: 200,
      firstHiddenLine: 201,
      lastLine: 250,
      hiddenLines: 50
    })
    expect(describeCheck('M.md', c)).toContain('cannot see lines 201–250 (50 lines')
  })

  it('cuts at the last whole line before 25,000 characters, as Claude Code does', () => {
    // 1000 chars per line with \n
    const text = Array.from({length: 30}, (_, i) => `${i + 1}`.padEnd(999, 'x')).join('\n')
    const c = checkMemory(text)
    expect(c).toMatchObject({overChars: true, overLines: false, lastVisibleLine: 25, firstHiddenLine: 26, lastLine: 30})
  })

  it('counts lines as stored, after Claude Code trims leading blank lines', () => {
    const c = checkMemory('\n\n\n' + lines(201))
    expect(c).toMatchObject({firstHiddenLine: 204, lastLine: 204, hiddenLines: 1})
  })

  const comments = commentBlocks
  const numbered = (from: number, to: number): string =>
    Array.from({length: to - from + 1}, (_, i) => `line ${from + i}`).join('\n') + '\n'
  const comment = (n: number): string => `<!--\n${'secret\n'.repeat(n - 2)}-->\n`

  it('does not count the front matter: the 200 lines start after it', () => {
    const c = checkMemory('---\nname: index\ndescription: x\n---\n' + numbered(5, 300))
    expect(c).toMatchObject({lines: 296, lastVisibleLine: 204, firstHiddenLine: 205, lastLine: 300, hiddenLines: 96})
  })

  it('does not count HTML comment blocks: after a 122-line comment, lines 123–322 are visible', () => {
    const c = checkMemory(comment(122) + numbered(123, 400), {comments})
    expect(c).toMatchObject({lines: 278, lastVisibleLine: 322, firstHiddenLine: 323, hiddenLines: 78})
  })

  it('drops comments with their line breaks, keeps text beside them, and keeps comments in fences and lists', () => {
    const text =
      '---\nname: x\n---\n' + // lines 1–3
      numbered(4, 10) +
      '<!-- gone -->\n\n\n' + // line 11, and blank lines 12–13 go with it
      '<!-- gone --> kept\n' + // line 14: counted
      '```\n<!-- in a fence: counted -->\n```\n' + // lines 15–17
      '- item\n  <!-- inside the item: counted -->\n' + // lines 18–19
      numbered(20, 300)
    const c = checkMemory(text, {comments})
    // Claude Code counts 7 + 1 + 3 + 2 lines before line 20, so its 200th line is file line 206.
    expect(c).toMatchObject({lastVisibleLine: 206, firstHiddenLine: 207})
  })

  it('keeps an indented comment right under paragraph text, as Claude Code does', () => {
    const c = checkMemory(numbered(1, 10) + '  <!-- part of the paragraph -->\n' + numbered(12, 300), {comments})
    expect(c.lastVisibleLine).toBe(200)
    const d = checkMemory(numbered(1, 10) + '<!-- starts a block -->\n' + numbered(12, 300), {comments})
    expect(d.lastVisibleLine).toBe(201)
  })

  it('keeps an unclosed comment: it runs to the end and is loaded', () => {
    expect(checkMemory(numbered(1, 10) + '<!-- never closed\n' + numbered(12, 300), {comments}).lastVisibleLine).toBe(
      200
    )
  })

  it('counts characters without the comments and with LF line endings once a comment is dropped', () => {
    const body = Array.from({length: 100}, (_, i) => `${i + 1} `.padEnd(299, 'y')).join('\r\n')
    const c = checkMemory('<!-- note -->\r\n' + body, {comments})
    expect(c.chars).toBe(body.replaceAll('\r\n', '\n').length)
    expect(c).toMatchObject({overChars: true, lastVisibleLine: 84, firstHiddenLine: 85})
  })

  it('models the versions where they differ: a byte order mark hides the front matter from 2.1.197 only', () => {
    const text = '\ufeff---\nname: x\n---\n' + numbered(4, 300)
    expect(checkMemory(text).lastVisibleLine).toBe(203)
    expect(checkMemory(text, {flavor: '2.1.197'}).lastVisibleLine).toBe(200)
  })

  it('refuses to guess when the text holds a comment and no comment finder is given', () => {
    expect(() => checkMemory('<!-- x -->\n')).toThrow(TypeError)
  })

  it('reports a single over-long line as partly visible', () => {
    const c = checkMemory('x'.repeat(30_000))
    expect(c.partial).toEqual({line: 1, visibleChars: 25_000})
    expect(c.lastVisibleLine).toBe(0)
  })
})

describe('summaries never say what the text does not', () => {
  it('keeps a question with its answer, and never the question alone', () => {
    expect(firstSentence('User prefers tabs over spaces? No: 2 spaces. Also more.')).toBe(
      'User prefers tabs over spaces? No: 2 spaces.'
    )
    const long = `User prefers tabs over spaces? No: 2 spaces, ${'because of the style guide, '.repeat(4)}always.`
    expect(firstSentence(long)).toBe('') // the answer does not fit: the caller uses the title
    expect(firstSentence('Is this a question?')).toBe('Is this a question?') // nothing was left out
  })

  it('cuts a long first sentence only with an ellipsis, and does not end a sentence at e.g.', () => {
    const s = firstSentence(
      `Never deploy on Fridays unless ${'the release manager approves it in writing and '.repeat(3)}so on.`
    )
    expect(s.endsWith('…')).toBe(true)
    expect(s.length).toBeLessThanOrEqual(100)
    expect(firstSentence('Use e.g. pnpm for installs. Then test.')).toBe('Use e.g. pnpm for installs.')
  })

  it('reads the answer in the next paragraph of a section', () => {
    const plan = planSplit(
      `# M\n\n## Style\nUser prefers tabs over spaces?\n\nNo: 2 spaces.\n\nMore.\nMore.\n${'x\n'.repeat(200)}`
    )
    expect(plan.topics[0]!.summary).toBe('User prefers tabs over spaces? No: 2 spaces.')
    expect(plan.index).toContain('- [Style](style.md) — User prefers tabs over spaces? No: 2 spaces.')
  })

  it('falls back to the heading when no summary is safe', () => {
    const q = `Should we ${'really '.repeat(20)}use tabs?`
    const plan = planSplit(`# M\n\n## Indentation\n${q}\nNo.\nx\nx\n${'y\n'.repeat(200)}`)
    expect(plan.topics[0]!.summary).toBe('Indentation')
  })

  it('is whole sentences ending in an answer, or a cut first statement marked with …, or empty (property)', () => {
    const word = fc.constantFrom('tabs', 'spaces', 'never', 'deploy', 'e.g.', 'No:', '2', 'Friday', 'main')
    const sentence = fc
      .tuple(fc.array(word, {minLength: 1, maxLength: 25}), fc.constantFrom('.', '?', '!'))
      .map(([w, end]) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}${end}`)
    fc.assert(
      fc.property(fc.array(sentence, {minLength: 1, maxLength: 6}), fc.integer({min: 20, max: 120}), (list, max) => {
        const text = list.join(' ')
        const s = firstSentence(text, max)
        expect(s.length).toBeLessThanOrEqual(max)
        if (s === '') return
        if (s.endsWith('…')) {
          expect(list[0]!.startsWith(s.slice(0, -1).trimEnd())).toBe(true)
          expect(list[0]!.endsWith('?')).toBe(false)
          return
        }
        expect(text.startsWith(s)).toBe(true) // whole sentences from the start
        const rest = text.slice(s.length)
        expect(rest === '' || rest.startsWith(' ')).toBe(true)
        if (s.endsWith('?')) expect(rest).toBe('') // a question is kept only when nothing follows it
      }),
      {numRuns: 500}
    )
  })
})

describe('index entries', () => {
  it('adds an entry before the first section when the index has none yet', () => {
    const r = upsertEntry('# Memory\n\nIntro.\n\n## Build\nbody\n', '- [A](a.md) — first')
    expect(r.action).toBe('added')
    expect(r.text).toBe('# Memory\n\nIntro.\n\n- [A](a.md) — first\n## Build\nbody\n')
  })

  it('adds after the last entry, ignoring headings inside code fences', () => {
    const text = '- [A](a.md) — a\n```\n## not a heading\n```\n'
    expect(upsertEntry(text, '[B](b.md) — b').text).toBe(
      '- [A](a.md) — a\n- [B](b.md) — b\n```\n## not a heading\n```\n'
    )
  })

  it('replaces the line with the same link target and leaves an identical one alone', () => {
    const text = '- [A](a.md) — old\n- [B](b.md) — b\n'
    expect(upsertEntry(text, '- [A](a.md) — new').text).toBe('- [A](a.md) — new\n- [B](b.md) — b\n')
    expect(upsertEntry(text, '- [B](b.md) — b').action).toBe('unchanged')
  })

  it('matches by --key when the entry has no link', () => {
    const r = upsertEntry('- deploy: old way\n', '- deploy: new way', 'deploy')
    expect(r).toMatchObject({action: 'replaced', text: '- deploy: new way\n'})
    expect(entryKey('- deploy — how we ship')).toBe('deploy')
  })

  it(
    'touches only list items: prose, table rows, quotes and ' +
      'fenced examples that link the same file stay as they are',
    () => {
      const text = [
        '# Skills',
        '',
        'See [Build](build.md) for how we build.',
        '',
        '| skill | file |',
        '| --- | --- |',
        '| Build | [Build](build.md) |',
        '',
        '> - [Build](build.md) — a quoted entry',
        '',
        '```md',
        '- [Build](build.md) — an example entry',
        '```',
        '',
        '    - [Build](build.md) — an indented code example',
        '',
        '- [Build](build.md) — the real entry',
        ''
      ].join('\n')
      const r = upsertEntry(text, '- [Build](build.md) — new summary')
      expect(r).toMatchObject({action: 'replaced', line: 17})
      expect(r.text).toBe(text.replace('- [Build](build.md) — the real entry', '- [Build](build.md) — new summary'))
      // With no list entry at all, a new one is added, and the rest is left alone.
      const noEntry = text.replace('- [Build](build.md) — the real entry\n', '')
      const added = upsertEntry(noEntry, '- [Build](build.md) — new')
      expect(added.action).toBe('added')
      expect(added.text).toBe(noEntry + '- [Build](build.md) — new\n')
    }
  )

  it('names an entry by --key as its link target or its link text; the same call twice leaves one line', () => {
    const text = '- [Build tool](build-tool.md) — old\n- [Deploy](deploy.md) — d\n'
    const byText = upsertEntry(text, '- [Build tool](build-tool.md) — new', 'Build tool')
    expect(byText).toMatchObject({action: 'replaced', line: 1, key: 'Build tool'})
    let once = upsertEntry('', '- [Build tool](build-tool.md) — x', 'Build tool').text
    once = upsertEntry(once, '- [Build tool](build-tool.md) — x', 'Build tool').text
    expect(once).toBe('- [Build tool](build-tool.md) — x\n')
    // A key that names an old entry moves it to the new target; run again, it finds the new line.
    const renamed = upsertEntry(text, '- [Deploy v2](deploy-v2.md) — d2', 'deploy.md')
    expect(renamed.text).toBe('- [Build tool](build-tool.md) — old\n- [Deploy v2](deploy-v2.md) — d2\n')
    const again = upsertEntry(renamed.text, '- [Deploy v2](deploy-v2.md) — d2', 'deploy.md')
    expect(again).toMatchObject({action: 'unchanged', text: renamed.text})
  })

  it('matches --key against the plain link text, whatever its markup', () => {
    const text = '- [**Build** `tool`](build-tool.md) — old\n- [A\\_b](a_b.md) — a\n'
    expect(upsertEntry(text, '- [Build tool](build-tool.md) — new', 'Build tool')).toMatchObject({
      action: 'replaced',
      line: 1
    })
    expect(upsertEntry(text, '- [A_b](a_b.md) — new', 'A_b')).toMatchObject({action: 'replaced', line: 2})
  })

  it('replaces a nested entry in place, keeping its indentation', () => {
    const text = '- [A](a.md) — a\n  - [A1](a1.md) — old\n'
    expect(upsertEntry(text, '- [A1](a1.md) — new').text).toBe('- [A](a.md) — a\n  - [A1](a1.md) — new\n')
    expect(upsertEntry(text, '- [A1](a1.md) — old').action).toBe('unchanged')
  })

  it('adds after the nested items of the last entry, not between an entry and its sub-items', () => {
    const text = '- [A](a.md) — a\n  - [A1](a1.md) — detail\n\n## Notes\nbody\n'
    expect(upsertEntry(text, '- [B](b.md) — b').text).toBe(
      '- [A](a.md) — a\n  - [A1](a1.md) — detail\n- [B](b.md) — b\n\n## Notes\nbody\n'
    )
  })

  it('refuses an entry that spans lines or has no key', () => {
    expect(() => upsertEntry('', 'a\nb', 'k')).toThrow(TypeError)
    expect(() => upsertEntry('', 'no link here')).toThrow(/link/)
  })

  it('formats entries as "- [Title](file.md) — summary" with the title escaped', () => {
    expect(formatEntry('A [b]', 'a.md', 'Sum.')).toBe('- [A \\[b\\]](a.md) — Sum.')
  })

  it('summarises with the first sentence, at most 100 characters', () => {
    expect(firstSentence('Use pnpm. Never npm.')).toBe('Use pnpm.')
    expect(firstSentence('v1.2 is out and fine')).toBe('v1.2 is out and fine')
    expect(firstSentence('word '.repeat(40)).length).toBeLessThanOrEqual(100)
  })
})

const doc = (...parts: string[]): string => parts.join('\n') + '\n'
const big = (title: string, n = 5): string =>
  doc(`## ${title}`, ...Array.from({length: n}, (_, i) => `${title} fact ${i + 1}.`), '')

describe('memory split planning', () => {
  it('moves each top-level section to a topic file named from its heading', () => {
    const p = planSplit(doc('# Memory', '', 'Intro.', '', big('Build'), big('Deploy')))
    expect(p.topics.map((t) => t.file)).toEqual(['build.md', 'deploy.md'])
    expect(p.index).toBe(
      '# Memory\n\nIntro.\n\n- [Build](build.md) — Build fact 1.\n- [Deploy](deploy.md) — Deploy fact 1.\n'
    )
  })

  it('does not take a # line inside a code fence for a heading', () => {
    const p = planSplit(doc('# Memory', big('Build').trimEnd(), '```sh', '# install', 'npm ci', '```', '', big('Test')))
    expect(p.topics.map((t) => t.title)).toEqual(['Build', 'Test'])
    expect(p.topics[0]!.text).toContain('# install')
  })

  it('takes setext headings for headings', () => {
    const p = planSplit(
      doc('Title', '=====', '', 'Build', '-----', 'a.', 'b', 'c', 'd', '', 'Deploy', '------', 'x.', 'y', 'z', 'w')
    )
    expect(p.topics.map((t) => [t.title, t.from, t.to])).toEqual([
      ['Build', 4, 10],
      ['Deploy', 11, 16]
    ])
  })

  it('writes every file inside the folder, even for a heading like ../../etc/passwd', () => {
    const p = planSplit(
      doc(big('../../etc/passwd'), big('/root/.ssh/id_rsa'), big('..'), big('MEMORY'), big('C:\\Windows'))
    )
    expect(p.topics.map((t) => t.file)).toEqual([
      'etc-passwd.md',
      'root-ssh-id-rsa.md',
      'topic.md',
      'memory-2.md',
      'c-windows.md'
    ])
  })

  it(
    'plans 10,000 sections, half of them with one title, ' + 'each to its own file (the naming was quadratic: 48 s)',
    () => {
      const sections = Array.from({length: 10_000}, (_, i) => big(i % 2 === 0 ? 'Notes' : `Topic ${i}`, 4))
      const p = planSplit(doc('# Memory', '', ...sections), {maxLines: 1_000_000, maxChars: 100_000_000})
      expect(p.topics).toHaveLength(10_000)
      const files = p.topics.map((t) => t.file)
      expect(new Set(files).size).toBe(10_000)
      expect(files.slice(0, 4)).toEqual(['notes.md', 'topic-1.md', 'notes-2.md', 'topic-3.md'])
      expect(files.at(-2)).toBe('notes-5000.md')
      expect(p.topics.at(-1)!.text.trimEnd()).toBe(big('Topic 9999', 4).trimEnd())
    }
  )

  it('names n sections with one title in O(n) probes, skipping names taken outside the run', () => {
    let probes = 0
    const nameOf = topicNamer((name) => {
      probes++
      return name === 'notes-3.md'
    })
    const files = Array.from({length: 10_000}, () => nameOf('Notes'))
    expect(files.slice(0, 4)).toEqual(['notes.md', 'notes-2.md', 'notes-4.md', 'notes-5.md'])
    expect(new Set(files).size).toBe(10_000)
    expect(probes).toBe(10_001) // one probe per name, plus the one taken name; the old loop made ~50 million
  })

  it('gives a duplicate name -2 and appends to a topic file that exists', () => {
    const p = planSplit(doc(big('Build'), big('Build'), big('Notes')), {exists: (n) => n === 'notes.md'})
    expect(p.topics.map((t) => [t.file, t.append])).toEqual([
      ['build.md', false],
      ['build-2.md', false],
      ['notes.md', true]
    ])
  })

  it('writes topic files in Claude Code native form: name, description and metadata.type', () => {
    const t = planSplit(big('Build')).topics[0]!
    expect(t.content).toBe(
      '---\nname: "build"\ndescription: "Build fact 1."\nmetadata:\n  type: project\n---\n' + big('Build')
    )
  })

  it('keeps sections of at most 3 lines inline', () => {
    const p = planSplit(doc('# M', '', '## Tip', '- one', '- two', '', big('Build')))
    expect(p.topics.map((t) => t.file)).toEqual(['build.md'])
    expect(p.index).toBe('# M\n\n- [Build](build.md) — Build fact 1.\n## Tip\n- one\n- two\n\n')
  })

  it('moves small sections too when the index would not fit otherwise', () => {
    const text = doc(...Array.from({length: 30}, (_, i) => `## T${i}\n- a\n- b\n`))
    const p = planSplit(text, {maxLines: 40})
    expect(p.topics).toHaveLength(30)
    expect(p.lines).toBe(30)
  })

  it('fails with a reason, and plans nothing, when even the bare index cannot fit', () => {
    const text = lines(250, 'preamble') + big('Build')
    let error: unknown
    try {
      planSplit(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BatonError)
    expect((error as BatonError).code).toBe('ETOOBIG')
    expect((error as BatonError).message).toMatch(/lines 1–250\) alone is 250 lines/)
  })

  it('changes nothing on a second run', () => {
    const first = planSplit(doc('# M', '', 'Intro.', '', big('A'), '## Tip', '- t', '', big('B')))
    const second = planSplit(first.index)
    expect(second.changed).toBe(false)
    expect(second.index).toBe(first.index)
  })

  it('does not add an index line when the index already links to the file', () => {
    const p = planSplit(doc('# M', '- [Build notes](build.md) — kept', '', big('Build')), {exists: () => true})
    expect(p.topics[0]!.indexLine).toBeUndefined()
    expect(p.index).toBe('# M\n- [Build notes](build.md) — kept\n\n')
  })
})

/** Lines of a text, ignoring the final line terminator. */
const linesOf = (s: string): string[] => (s === '' ? [] : s.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/))

/** Checks the lossless property: every original line ends up in exactly one output file. */
function assertLossless(text: string, plan: SplitPlan): void {
  const out: string[] = []
  const index = linesOf(plan.index)
  for (const t of plan.topics) {
    if (t.indexLine !== undefined) {
      const at = index.indexOf(t.indexLine)
      expect(at, `index line for ${t.file}`).toBeGreaterThanOrEqual(0)
      index.splice(at, 1)
    }
    if (t.append) {
      // appended: the text goes at the end of the existing file
    } else if (t.entries !== undefined) {
      expect(t.content.startsWith(`---\nname: "${t.file.slice(0, -3)}"\n`)).toBe(true)
      expect(t.content.endsWith(withEol(t.text))).toBe(true)
      expect(t.content.slice(0, -withEol(t.text).length)).toMatch(/^---\n(?:[^\n]*\n){4}---\n$/)
    } else expect(t.content).toBe(topicFrontmatter(t.file.slice(0, -3), t.summary) + withEol(t.text))
    expect(t.file).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/)
    expect(t.file).not.toBe('memory.md')
    out.push(...linesOf(t.text))
  }
  out.push(...index)
  expect(new Set(plan.topics.map((t) => t.file)).size).toBe(plan.topics.length)
  expect([...out].sort()).toEqual([...linesOf(text)].sort())
}

const word = fc.stringMatching(/^[A-Za-z0-9 ./\\:_\-\[\]()é#`*]{0,24}$/)
const block = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 4}), word).map(([d, w]) => ['#'.repeat(d) + ' ' + w]),
  word.map((w) => [w.trim() === '' ? 'Title' : w, '===']),
  word.map((w) => [w.trim() === '' ? 'Sub' : w, '---']),
  fc.array(word, {maxLength: 3}).map((ws) => ['```', '# not a heading', ...ws, '```']),
  fc.constantFrom(
    ['## ../../etc/passwd'],
    ['## MEMORY'],
    ['## Build'],
    ['## Build'],
    ['- [X](build.md) — entry'],
    ['---'],
    ['']
  ),
  fc.array(word, {minLength: 1, maxLength: 6})
)

describe('memory split is lossless (property)', () => {
  it('puts every line of the original in exactly one output file; only index lines and frontmatter are new', () => {
    fc.assert(
      fc.property(
        fc.array(block, {maxLength: 40}),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (blocks, eol, finalEol, someExist) => {
          const body = blocks.flat().join(eol)
          const text = body + (finalEol && body !== '' ? eol : '')
          const plan = planSplit(text, {maxLines: 1e6, maxChars: 1e9, exists: (n) => someExist && n.startsWith('b')})
          assertLossless(text, plan)
          if (plan.changed) expect(planSplit(plan.index, {maxLines: 1e6, maxChars: 1e9}).changed).toBe(false)
        }
      ),
      {numRuns: Number(process.env.FC_RUNS ?? 400)}
    )
  })
})

describe('memory split of a flat list of links', () => {
  const types = ['user', 'feedback', 'project', 'reference', 'odd', undefined] as const
  const entry = fc.tuple(fc.integer({min: 0, max: 40}), fc.constantFrom(...types.keys()), word, fc.boolean())
  const facts = (name: string) => {
    const k = /^t(\d+)-(\d)\.md$/.exec(name)
    return k ? {type: types[Number(k[2])]} : undefined
  }

  it('groups entries by topic type into index files, loses no line, leaves an index that fits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(entry, {minLength: 1, maxLength: 60}),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('', '# Memory', '# Memory\n\nRead me.'),
        (items, eol, loose, title) => {
          const list = items.map(
            ([n, t, w, nested]) =>
              `- [${w.replace(/[[\]\\`]/g, '') || 'T'}](t${n}-${t}.md) — ${w}${nested ? '\n  - more' : ''}`
          )
          const text = [title, ...(title ? [''] : []), list.join(loose ? '\n\n' : '\n'), '']
            .join('\n')
            .replaceAll('\n', eol)
          const limit = 12
          const plan = planSplit(text, {maxLines: limit, maxChars: 25_000, facts})
          assertLossless(text, plan)
          if (items.length + title.split('\n').length + 1 > limit) {
            expect(plan.lines).toBeLessThanOrEqual(limit)
            for (const t of plan.topics) {
              expect(t.file).toMatch(/^index-(user|feedback|project|reference|other)\.md$/)
              for (const line of linesOf(t.text).filter((l) => l.startsWith('- ['))) {
                const type = facts(/\]\(([^)]+)\)/.exec(line)![1]!)?.type
                const want = type === undefined || type === 'odd' ? 'other' : type
                expect(t.file).toBe(`index-${want}.md`)
              }
            }
            expect(planSplit(plan.index, {maxLines: limit, facts}).changed).toBe(false)
          }
        }
      ),
      {numRuns: Number(process.env.FC_RUNS ?? 200)}
    )
  })

  it('groups 260 typed entries into four index files, as a recent Claude Code memory looks', () => {
    const t = ['user', 'feedback', 'project', 'reference']
    const text =
      '# Memory\n\n' +
      Array.from({length: 260}, (_, i) => `- [Topic ${i}](t${i}-${i % 4}.md) — hook line ${i}`).join('\n') +
      '\n'
    const plan = planSplit(text, {facts: (n) => ({type: t[Number(/-(\d)\.md$/.exec(n)![1])]})})
    expect(plan.lines).toBe(6)
    expect(plan.topics.map((x) => [x.file, x.entries])).toEqual([
      ['index-user.md', 65],
      ['index-feedback.md', 65],
      ['index-project.md', 65],
      ['index-reference.md', 65]
    ])
    expect(plan.index).toMatch(/^# Memory\n\n- \[About the user\]\(index-user\.md\) — 65 entries: Topic 0; Topic 4;/)
    assertLossless(text, plan)
  })
})

describe('block parsing', () => {
  it('finds the same top-level blocks as a full remark parse, with inline parsing off (property)', () => {
    const spans = (text: string, parse: (s: string) => import('mdast').Root): string[] =>
      parse(text).children.map(
        (n) => `${n.type}:${n.type === 'heading' ? n.depth : ''}:${n.position?.start.line}-${n.position?.end.line}`
      )
    fc.assert(
      fc.property(
        fc.array(block, {maxLength: 30}),
        fc.array(fc.constantFrom('`', '**', '<b>', '[', '](x)', '<!--', '-->', '\\', '&amp;', '<http://a>'), {
          maxLength: 4
        }),
        (blocks, inline) => {
          const text = blocks
            .flat()
            .map((l, i) => (i % 3 === 0 ? l + inline.join('') : l))
            .join('\n')
          expect(spans(text, parseBlocks)).toEqual(spans(text, parseMarkdown))
        }
      ),
      {numRuns: Number(process.env.FC_RUNS ?? 300)}
    )
  })

  it('parses a long text in chunks to the very tree of one parse, positions included (property)', () => {
    const container = fc.oneof(
      fc
        .array(word, {minLength: 1, maxLength: 4})
        .map((ws) => ws.map((w, i) => (i === 0 ? `- ${w}` : i % 2 ? `  ${w}` : w))),
      fc.array(word, {minLength: 1, maxLength: 3}).map((ws) => ws.map((w, i) => (i === 1 ? w : `> ${w}`))),
      fc.array(word, {minLength: 1, maxLength: 3}).map((ws) => ['', ...ws.map((w) => `    ${w}`)]),
      fc.constantFrom(
        ['<div>', 'html', '</div>'],
        ['1. one', '2. two', '', '   more'],
        ['<!--', '## in a comment', '-->'],
        ['~~~', '- x', '']
      )
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(block, container), {maxLength: 40}),
        fc.integer({min: 1, max: 6}),
        fc.constantFrom('\n', '\r\n'),
        (blocks, chunk, eol) => {
          const text = blocks.flat().join(eol)
          expect(JSON.stringify(parseBlocks(text, chunk))).toBe(JSON.stringify(parseBlocks(text, Infinity)))
        }
      ),
      {numRuns: Number(process.env.FC_RUNS ?? 300)}
    )
  })

  it('summarises raw inline markdown readably', () => {
    const p = planSplit(
      doc('## Build', 'Use **pnpm** with [the docs](https://x.test) and `pnpm i`. More.', 'a', 'b', 'c')
    )
    expect(p.topics[0]!.summary).toBe('Use pnpm with the docs and `pnpm i`.')
  })
})

describe('branch namespaces, pure parts', () => {
  it('names a conflicting copy name.<branch>.md', () => {
    expect(conflictName('build.md', 'feat-x', 1)).toBe('build.feat-x.md')
    expect(conflictName('build.md', 'feat-x', 2)).toBe('build.feat-x-2.md')
  })

  it('retargets an entry line and builds one from a topic file', () => {
    expect(retarget('- [B](build.md) — b', 'build.md', 'build.x.md')).toBe('- [B](build.x.md) — b')
    expect(entryForFile('b.md', '---\nname: b\ndescription: "How to build."\n---\n# Build\ntext\n')).toBe(
      '- [Build](b.md) — How to build.'
    )
    expect(entryForFile('n.md', 'Plain note. More.\n')).toBe('- [n](n.md) — Plain note.')
  })

  it(
    'counts only real entries as present when merging: a ' + 'fenced example or a quote that links the file is not one',
    () => {
      expect(hasEntry('- [X](x.md) — x\n', 'x.md')).toBe(true)
      expect(hasEntry('```md\n- [X](x.md) — an example\n```\n> - [X](x.md)\n', 'x.md')).toBe(false)
    }
  )

  it('knows when a namespace index holds nothing but entries', () => {
    expect(onlyEntries('# Memory\n\n- [a](a.md) — x\n')).toBe(true)
    expect(onlyEntries('# Memory\nSome prose.\n')).toBe(false)
  })
})

describe('the SessionStart warning', () => {
  it('starts with "baton: MEMORY.md" and names the invisible lines', () => {
    const w = memoryWarning('/m/MEMORY.md', checkMemory(lines(230)))
    expect(w).toBe(
      'baton: MEMORY.md is over the 200-line limit: Claude cannot see lines 201–230 (30 lines) of /m/MEMORY.md. ' +
        'Run /baton:memory-split to move sections into topic files.'
    )
    expect(memoryWarning('/m/MEMORY.md', checkMemory(lines(10)))).toBeUndefined()
  })
})
