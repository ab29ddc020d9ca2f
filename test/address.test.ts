/**
 * The addressing rule (design.md §14, "People"): who may take a note, how
 * `--to` resolves, and what a claim says about who took a note. Pure.
 */
import {describe, expect, it} from 'vitest'
import {addressedTo, deliveryOf, pickedUpLine, recipientOf, resolveAddress} from '../src/core/address.ts'
import {claimText} from '../src/core/sync.ts'
import {formatAge} from '../src/core/status.ts'

const alice = {me: 'alice@example.com', synced: true}

describe('addressedTo: the one eligibility rule', () => {
  it('a note for a person is only theirs, compared without case; anyone and no `to:` are everyone’s', () => {
    expect(addressedTo({to: 'Alice@Example.com'}, alice)).toBe(true)
    expect(addressedTo({to: 'bob@example.com'}, alice)).toBe(false)
    expect(addressedTo({to: 'bob@example.com'}, {me: undefined, synced: true})).toBe(false)
    expect(addressedTo({to: 'anyone'}, alice)).toBe(true)
    expect(addressedTo({}, alice)).toBe(true)
    expect(addressedTo({}, {me: undefined, synced: true})).toBe(true)
  })

  it('without sync every local note is the reader’s own (none is ever hidden)', () => {
    expect(addressedTo({to: 'bob@example.com'}, {me: 'alice@example.com', synced: false})).toBe(true)
  })

  it('a `to:` that can be nobody’s identity is for anyone, never for no one', () => {
    expect(recipientOf({to: 'two words'})).toBe('anyone')
    expect(recipientOf({to: 42})).toBe('anyone')
    expect(addressedTo({to: '\u001b[31mx'}, alice)).toBe(true)
    for (const odd of ['\u009b31mx@y', 'a\u202eb@y', 'a b@y', '"a"@y'])
      expect(deliveryOf(JSON.stringify({who: odd}), 'm-1').who).toBeUndefined()
  })
})

describe('resolveAddress: --to at write time', () => {
  it('resolves me, anyone, an email and a short name; `other` marks a note for someone else', () => {
    const people = {bob: 'Bob@Example.com'}
    expect(resolveAddress(undefined, 'Alice@example.com')).toEqual({
      from: 'alice@example.com',
      to: 'alice@example.com',
      other: false
    })
    expect(resolveAddress('anyone', 'alice@example.com')).toMatchObject({to: 'anyone', other: false})
    expect(resolveAddress('BOB', 'alice@example.com', people)).toMatchObject({to: 'bob@example.com', other: true})
    expect(resolveAddress('alice@example.com', 'alice@example.com')).toMatchObject({other: false})
    expect(resolveAddress('me', undefined)).toEqual({other: false})
    expect(() => resolveAddress('zed', 'alice@example.com')).toThrow(/names nobody/)
  })
})

describe('receipts', () => {
  it('a claim records who took the note; an older claim says only the machine', () => {
    const text = claimText('bob-1234abcd', 's1', '2026-12-07T10:00:00.000Z', 'bob@example.com')
    expect(deliveryOf(text, 'bob-1234abcd')).toEqual({
      who: 'bob@example.com',
      machine: 'bob-1234abcd',
      at: '2026-12-07T10:00:00.000Z'
    })
    expect(deliveryOf(claimText('m-1', 's', '2026-12-07T10:00:00.000Z'), 'm-1')).toEqual({
      machine: 'm-1',
      at: '2026-12-07T10:00:00.000Z'
    })
    expect(deliveryOf('not json', 'm-1')).toEqual({machine: 'm-1'})
  })

  it('says in one line which notes were picked up', () => {
    const at = '2026-12-07T10:00:00.000Z'
    const line = pickedUpLine(
      [{note: 'n.md', to: 'b@x', state: 'delivered', delivered: {who: 'b@x', machine: 'm-1', at}}],
      Date.parse(at) + 120_000,
      formatAge
    )
    expect(line).toBe(
      'baton: 1 of your notes to others were picked up: n.md by b@x (on m-1, 2m ago) (`baton handoff sent`).'
    )
    expect(pickedUpLine([{note: 'n.md', to: 'b@x', state: 'waiting'}], 0, formatAge)).toBeUndefined()
  })
})

describe('a note in a reply names its addressee', () => {
  it('reads to="WHO" from the marker, and --to WHO left in the slug by the command', async () => {
    const {notesInReply} = await import('../src/core/reply-note.ts')
    const note = (open: string): string => `Here it is.\n\n${open}\n## Session summary\nx\n<!-- /baton:handoff -->\n`
    expect(await notesInReply(note('<!-- baton:handoff slug="fix-login" to="bob@example.com" -->'))).toEqual([
      {body: '## Session summary\nx', slug: 'fix-login', to: 'bob@example.com'}
    ])
    expect(await notesInReply(note('<!-- baton:handoff slug="fix-login --to bob" -->'))).toEqual([
      {body: '## Session summary\nx', slug: 'fix-login', to: 'bob'}
    ])
    expect(await notesInReply(note('<!-- baton:handoff slug="plain" -->'))).toEqual([
      {body: '## Session summary\nx', slug: 'plain'}
    ])
  })
})
