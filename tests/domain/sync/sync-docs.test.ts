import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import type { DeckRow, StoredCard } from '../../../src/domain/card-types';
import type { ReviewRow } from '../../../src/domain/scheduler/types';
import { readSyncDoc } from '../../../src/domain/sync/read-sync-doc';
import {
  buildDeckDocs,
  buildReviewDocs,
  type ReviewsDoc,
  type SettingsDoc,
} from '../../../src/domain/sync/sync-docs';
import { pickDeckImports, resolveDocConflict } from '../../../src/domain/sync/sync-merge';
import { start } from '../scheduler/scheduler-fixtures';

const now = start + 1000;

function review(id: string, reviewedAt = start): ReviewRow {
  return {
    id,
    cardId: 'card-1',
    deckId: 'deck',
    rating: 3,
    mode: 'review',
    reviewedAt,
    durationMs: 500,
    // Every review row carries the device that made it; a device's doc holds only its own.
    deviceId: 'dev-a',
    state: State.New,
    due: reviewedAt,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    before: null,
  };
}

const deck: DeckRow = {
  id: 'my deck',
  title: 'Mine',
  description: '',
  tags: [],
  source: 'import',
  fileName: 'mine.md',
  importedAt: start,
  contentHash: 'h',
};

function card(id: string): StoredCard {
  return {
    id,
    deckId: deck.id,
    number: null,
    question: `Q ${id}`,
    answer: 'A',
    sections: [],
    tags: [],
    source: { file: 'mine.md', line: 1 },
    position: 0,
    contentHash: id,
    status: 'suspended',
    previousIds: [],
  };
}

describe('sync docs', () => {
  it('groups a device’s reviews into one doc per UTC day, readable back as the same doc', () => {
    const docs = buildReviewDocs('dev-a', [
      review('r2'),
      review('r1'),
      review('r3', start + 86_400_000),
    ]);
    expect(docs.map((doc) => [doc._id, doc.reviews.map((r) => r.id)])).toEqual([
      ['reviews/dev-a/2026-11-23', ['r1', 'r2']],
      ['reviews/dev-a/2026-11-24', ['r3']],
    ]);
    const read = readSyncDoc(JSON.parse(JSON.stringify(docs[0])), { now: now + 86_400_000 });
    expect(read).toEqual({ ok: true, doc: docs[0] });
  });

  it('splits a deck into chunks without the local suspension, and picks the latest complete import', () => {
    const cards = Array.from({ length: 1200 }, (_, i) => card(`c${String(i).padStart(4, '0')}`));
    const older = buildDeckDocs('dev-a', deck, cards);
    expect(older.map((doc) => doc.cards.length)).toEqual([500, 500, 200]);
    expect(older[0]?.cards[0]?.status).toBe('active');
    const newer = buildDeckDocs('dev-b', { ...deck, importedAt: start + 1 }, cards.slice(0, 10));
    expect(pickDeckImports([...older, ...newer]).get(deck.id)?.[0]?.deviceId).toBe('dev-b');
    // An import whose chunks have not all arrived yet does not win.
    expect(pickDeckImports([...older.slice(0, 2), ...newer.slice(1)]).size).toBe(0);
  });

  it('carries a card prompt and its choices in a deck doc, and refuses a doc with hostile choices', () => {
    const choices = [
      { text: '`"null"`', correct: false },
      { text: '`"object"`', correct: true },
    ];
    const withContent = { ...card('c1'), prompt: '```js\ntypeof null\n```', choices };
    const [doc] = buildDeckDocs('dev-a', deck, [withContent, card('c2')]);
    const read = readSyncDoc(JSON.parse(JSON.stringify(doc)), { now });
    if (!read.ok || read.doc.kind !== 'deck') throw new Error('expected a deck doc');
    expect(read.doc.cards[0]).toMatchObject({ prompt: withContent.prompt, choices });
    expect(read.doc.cards[1]).not.toHaveProperty('choices');

    const many = Array.from({ length: 5000 }, (_, i) => ({ text: `${i}`, correct: i === 0 }));
    const hostile = { ...doc, cards: [{ ...withContent, choices: many }] };
    const refused = readSyncDoc(JSON.parse(JSON.stringify(hostile)), { now });
    expect(refused).toMatchObject({ ok: false, id: 'deck/dev-a/my%20deck/0' });
    if (!refused.ok) expect(refused.reason).toMatch(/^cards\[0\]\.choices should be a list/);
  });

  it('refuses a malformed or hostile doc, naming it', () => {
    const hostile = [
      {
        _id: 'reviews/dev-a/2026-11-23',
        kind: 'reviews',
        deviceId: 'dev-b',
        day: '2026-11-23',
        reviews: [],
      },
      {
        _id: 'reviews/dev-a/2026-11-23',
        kind: 'reviews',
        deviceId: 'dev-a',
        day: '2026-11-23',
        reviews: [{ ...review('x'), rating: 9 }],
      },
      {
        _id: 'reviews/dev-a/2026-11-23',
        kind: 'reviews',
        deviceId: 'dev-a',
        day: '2026-11-23',
        reviews: [review('x', now + 5 * 86_400_000)],
      },
      {
        _id: 'reviews/dev-a/2026-11-23',
        kind: 'reviews',
        deviceId: 'dev-a',
        day: '2026-11-23',
        reviews: 'all',
      },
      {
        _id: 'settings/dev-a',
        kind: 'settings',
        deviceId: 'dev-a',
        changes: [{ path: '__proto__.x', value: 1, at: 1 }],
      },
      {
        _id: 'deck/dev-a/my%20deck/0',
        kind: 'deck',
        deviceId: 'dev-a',
        deck: { ...deck, source: 'builtin' },
        chunk: 0,
        chunkCount: 1,
        cards: [],
      },
      { _id: 'evil', kind: 'reviews' },
      null,
    ];
    for (const value of hostile) {
      const read = readSyncDoc(value, { now });
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).not.toBe('');
    }
    const first = readSyncDoc(hostile[1], { now });
    expect(first).toMatchObject({ ok: false, id: 'reviews/dev-a/2026-11-23' });
  });

  it('resolves two revisions of a doc to the same doc, whichever comes first', () => {
    const reviewsArb = fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 8 });
    fc.assert(
      fc.property(reviewsArb, reviewsArb, (left, right) => {
        const doc = (ids: number[]): ReviewsDoc => ({
          _id: 'reviews/dev-a/2026-11-23',
          kind: 'reviews',
          deviceId: 'dev-a',
          day: '2026-11-23',
          reviews: ids.map((i) => review(`r${i}`)),
        });
        const ab = resolveDocConflict(doc(left), doc(right));
        expect(ab).toEqual(resolveDocConflict(doc(right), doc(left)));
        expect(ab.reviews.map((r) => r.id).sort()).toEqual(
          [...new Set([...left, ...right])].map((i) => `r${i}`).sort(),
        );
      }),
    );
    const settings = (value: number, at: number): SettingsDoc => ({
      _id: 'settings/dev-a',
      kind: 'settings',
      deviceId: 'dev-a',
      changes: [{ path: 'theme', value, at }],
    });
    expect(resolveDocConflict(settings(1, 5), settings(2, 4)).changes).toEqual([
      { path: 'theme', value: 1, at: 5 },
    ]);
    expect(resolveDocConflict(settings(2, 4), settings(1, 5))).toEqual(
      resolveDocConflict(settings(1, 5), settings(2, 4)),
    );
  });
});
