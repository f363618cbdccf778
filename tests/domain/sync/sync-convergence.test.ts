import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewRow } from '../../../src/domain/scheduler/types';
import {
  buildReviewDoc,
  type ReviewsDoc,
  type SettingsDoc,
  toSettingsDocId,
  toSyncDay,
} from '../../../src/domain/sync/sync-docs';
import {
  diffReviewDoc,
  mergeSettingChanges,
  recordSettingChange,
} from '../../../src/domain/sync/sync-merge';
import { day, start } from '../scheduler/scheduler-fixtures';

/** A device as sync sees it: its reviews, and what it applied of each other device's doc. */
type Device = {
  id: string;
  reviews: Map<string, ReviewRow>;
  ledger: Map<string, string[]>;
  days: Set<string>;
  settings: SettingsDoc;
  received: Map<string, SettingsDoc>;
  count: number;
};

function createDevice(id: string): Device {
  return {
    id,
    reviews: new Map(),
    ledger: new Map(),
    days: new Set(),
    settings: { _id: toSettingsDocId(id), kind: 'settings', deviceId: id, changes: [] },
    received: new Map(),
    count: 0,
  };
}

function makeReview(id: string, cardId: string, reviewedAt: number): ReviewRow {
  return {
    id,
    cardId,
    deckId: 'deck',
    rating: 3,
    mode: 'review',
    reviewedAt,
    durationMs: 1000,
    state: 0,
    due: reviewedAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    before: null,
  };
}

function foreignIds(device: Device): Set<string> {
  return new Set([...device.ledger.values()].flat());
}

function ownReviews(device: Device): ReviewRow[] {
  const foreign = foreignIds(device);
  return [...device.reviews.values()].filter((review) => !foreign.has(review.id));
}

/** The device's own day docs, an emptied day included (undo of its last review). */
function ownDocs(device: Device): ReviewsDoc[] {
  const own = ownReviews(device);
  return [...device.days].map((d) =>
    buildReviewDoc(
      device.id,
      d,
      own.filter((review) => toSyncDay(review.reviewedAt) === d),
    ),
  );
}

function receive(to: Device, from: Device): void {
  for (const doc of ownDocs(from)) {
    const { added, removedIds } = diffReviewDoc(to.ledger.get(doc._id) ?? [], doc);
    for (const review of added) to.reviews.set(review.id, review);
    for (const id of removedIds) to.reviews.delete(id);
    to.ledger.set(
      doc._id,
      doc.reviews.map((review) => review.id),
    );
  }
  to.received.set(from.id, from.settings);
}

function mergedSettings(device: Device) {
  const merged = mergeSettingChanges([device.settings, ...device.received.values()]);
  return new Map([...merged].map(([path, change]) => [path, change.value]));
}

type Op =
  | { type: 'rate'; device: 0 | 1; card: number; offset: number }
  | { type: 'undo'; device: 0 | 1 }
  | { type: 'set'; device: 0 | 1; path: string; value: number; at: number }
  | { type: 'send'; from: 0 | 1 };

const deviceArb = fc.constantFrom<0 | 1>(0, 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('rate' as const),
    device: deviceArb,
    card: fc.integer({ min: 0, max: 5 }),
    offset: fc.integer({ min: 0, max: 3 * day }),
  }),
  fc.record({ type: fc.constant('undo' as const), device: deviceArb }),
  fc.record({
    type: fc.constant('set' as const),
    device: deviceArb,
    path: fc.constantFrom('scheduler.desiredRetention', 'theme', 'interviewDate'),
    value: fc.integer({ min: 1, max: 9 }),
    at: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({ type: fc.constant('send' as const), from: deviceArb }),
);

function run(ops: readonly Op[]) {
  const devices = [createDevice('device-a'), createDevice('device-b')] as const;
  const alive = new Set<string>();
  for (const op of ops) {
    if (op.type === 'rate') {
      const device = devices[op.device];
      device.count += 1;
      const review = makeReview(
        `${device.id}-${device.count}`,
        `card-${op.card}`,
        start + op.offset,
      );
      device.reviews.set(review.id, review);
      device.days.add(toSyncDay(review.reviewedAt));
      alive.add(review.id);
    } else if (op.type === 'undo') {
      const device = devices[op.device];
      const last = ownReviews(device).sort((a, b) => b.reviewedAt - a.reviewedAt)[0];
      if (last) {
        device.reviews.delete(last.id);
        alive.delete(last.id);
      }
    } else if (op.type === 'set') {
      const device = devices[op.device];
      device.settings = {
        ...device.settings,
        changes: recordSettingChange(device.settings.changes, op),
      };
    } else {
      receive(devices[1 - op.from] ?? devices[0], devices[op.from]);
    }
  }
  // Both exchange everything at the end, as a live sync does once online.
  receive(devices[1], devices[0]);
  receive(devices[0], devices[1]);
  return { devices, alive };
}

describe('sync convergence', () => {
  it('brings two devices to the same reviews, each exactly once, and the same settings, whatever the order of exchanges', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const { devices, alive } = run(ops);
        const [a, b] = devices;
        expect([...a.reviews.keys()].sort()).toEqual([...alive].sort());
        expect([...b.reviews.keys()].sort()).toEqual([...alive].sort());
        expect(mergedSettings(a)).toEqual(mergedSettings(b));
      }),
      { numRuns: 300 },
    );
  });

  it('propagates an undo made after the review was exchanged', () => {
    const { devices, alive } = run([
      { type: 'rate', device: 0, card: 1, offset: 0 },
      { type: 'send', from: 0 },
      { type: 'undo', device: 0 },
    ]);
    expect(alive.size).toBe(0);
    expect(devices[1].reviews.size).toBe(0);
  });
});
