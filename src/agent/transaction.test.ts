// The tablet's rule "every local write and its outbox entry are one transaction" (DESIGN.md
// "Sync", tablet side), held by failing each write of an operation in turn — the first, the
// middle ones and the last — and checking that nothing of it stays: a write that succeeded before
// the failure is rolled back with it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../db/outbox';
import { watchWrites } from '../db/test-support/fail-writes';
import { type EncounterForm, emptyEncounterForm } from './encounter-form';
import { deleteEncounter, saveEncounter } from './encounters';
import { currentOuting, type OutingForm, startOuting } from './outings';
import { testContext } from './test-support/context';
import { inTransaction } from './transaction';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => {
  vi.restoreAllMocks();
  return t.dispose();
});

const contact = {
  id: '019a2274-1111-7543-9b37-b11574031008',
  centreId: 'arbrisseau',
  deviceId: 'dev-1',
  agentId: 'agent-1',
  createdAt: '2026-11-14T09:00:00.000Z',
  rev: 1,
  consentPurposes: ['info_activites' as const],
  consentTextVersion: '2026-11',
  consentAt: '2026-11-14T09:00:00.000Z',
  retentionUntil: '2028-11-14T09:00:00.000Z',
};

const withSignups = (): EncounterForm => ({
  ...emptyEncounterForm(),
  themes: ['email'],
  autonomy: 'autonome',
  durationMin: 15,
  actions: ['inscription_activite'],
  activityIds: ['act-1', 'act-2'],
  contactId: contact.id,
});

/** Everything the operation could have written, as one comparable snapshot. */
async function snapshot() {
  const [encounters, signups, outings, outbox] = await Promise.all([
    t.db.encounters.toArray(),
    t.db.signups.toArray(),
    t.db.outings.toArray(),
    t.db.outbox.toArray(),
  ]);
  return { encounters, signups, outings, outbox };
}

/** Runs `op` once to count its writes, then fails each of them in turn on the state `before`. */
async function expectAllOrNothing(op: () => Promise<unknown>, minWrites: number) {
  const before = await snapshot();
  const probe = watchWrites();
  try {
    await op();
  } finally {
    probe.restore();
  }
  const writes = probe.writes.length;
  expect(writes).toBeGreaterThanOrEqual(minWrites);
  for (let failAt = 0; failAt < writes; failAt++) {
    // Back to the state before the operation, then the same operation with write `failAt` failing.
    await Promise.all([
      t.db.encounters.clear(),
      t.db.signups.clear(),
      t.db.outings.clear(),
      t.db.outbox.clear(),
    ]);
    await t.db.encounters.bulkPut(before.encounters);
    await t.db.signups.bulkPut(before.signups);
    await t.db.outings.bulkPut(before.outings);
    await t.db.outbox.bulkPut(before.outbox);
    const failing = watchWrites(failAt);
    try {
      await expect(op(), `write ${failAt + 1} of ${writes} (${probe.writes[failAt]})`).rejects.toBeInstanceOf(
        StorageFullError,
      );
    } finally {
      failing.restore();
    }
    expect(await snapshot(), `after failing write ${failAt + 1} of ${writes}`).toEqual(before);
  }
}

describe('a record, what hangs on it and their outbox entries are stored together or not at all', () => {
  it('an encounter with two sign-ups: whichever of its 6 writes fails, nothing of it stays', async () => {
    await t.db.contacts.put(contact);
    await expectAllOrNothing(() => saveEncounter(t.ctx, withSignups()), 6);
  });

  it('deleting an encounter and its sign-ups: whichever write fails, all of it is still there', async () => {
    await t.db.contacts.put(contact);
    const e = await saveEncounter(t.ctx, withSignups());
    await expectAllOrNothing(() => deleteEncounter(t.ctx, e), 6);
  });

  it('starting an outing ends the open one: whichever write fails, the open one stays open', async () => {
    const form: OutingForm = {
      placeKind: 'marche',
      placeLabel: 'Marché de Wazemmes',
      neighbourhood: 'Wazemmes',
      qpv: true,
      commune: '',
    };
    const first = await startOuting(t.ctx, form);
    await expectAllOrNothing(() => startOuting(t.ctx, { ...form, placeLabel: 'Hall' }), 4);
    expect((await currentOuting(t.db, 'agent-1'))?.id).toBe(first.id);
  });
});

describe('a full disk inside or at the end of a transaction of several writes', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a quota error from a write of the body (not one writeWithOutbox mapped) is a StorageFullError', async () => {
    await expect(
      inTransaction(t.db, [t.db.encounters], async () => {
        throw quota();
      }),
    ).rejects.toBeInstanceOf(StorageFullError);
  });

  it('the quota that shows only as the outer transaction commits (an abort) is a StorageFullError', async () => {
    vi.spyOn(t.db, 'transaction').mockRejectedValueOnce(new Dexie.AbortError('aborted', quota()));
    await expect(inTransaction(t.db, [t.db.encounters], async () => 1)).rejects.toBeInstanceOf(
      StorageFullError,
    );
  });

  it('any other failure, null included, is passed on as it is; what the body returns comes back', async () => {
    const boom = new Error('boom');
    await expect(
      inTransaction(t.db, [t.db.encounters], async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    vi.spyOn(t.db, 'transaction').mockRejectedValueOnce(null);
    await expect(inTransaction(t.db, [t.db.encounters], async () => 1)).rejects.toBeNull();
    expect(await inTransaction(t.db, [t.db.encounters], async () => 42)).toBe(42);
  });

  it('the outbox is always in the transaction: an entry written then a failure leaves no entry', async () => {
    await expect(
      inTransaction(t.db, [t.db.encounters], async () => {
        await t.db.outbox.add({
          entity: 'encounter',
          op: 'upsert',
          recordId: 'x',
          record: { id: 'x' },
          queuedAt: '2026-11-14T09:00:00.000Z',
        });
        throw new Error('after the entry');
      }),
    ).rejects.toThrow('after the entry');
    expect(await t.db.outbox.count()).toBe(0);
  });
});
