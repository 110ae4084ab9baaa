import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalActivity } from '../../db/types';
import { passIdFromBytes } from '../../shared/pass';
import { testContext } from '../test-support/context';
import { AlreadyDoneError, checkIn, loadRoster, signUpCard } from './workshops';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const card = (n: number) => passIdFromBytes(new Uint8Array(16).fill(n));
const pulledCard = card(1);
const activity = (roster?: LocalActivity['roster']): LocalActivity => ({
  id: 'atelier-email',
  centreId: 'arbrisseau',
  title: 'Atelier e-mail',
  startsAt: '2026-11-14T13:00:00.000Z',
  place: 'Salle informatique',
  seats: 8,
  ...(roster ? { roster } : {}),
});

describe('a workshop’s roster on the tablet', () => {
  it('adds this tablet’s pending sign-ups and check-ins to the pulled counts, each card once', async () => {
    const a = activity({ signedUp: 3, passIds: [pulledCard], attended: 1, checkedIn: [pulledCard] });
    await t.db.activities.put(a);
    await signUpCard(t.ctx, a, card(2));
    await checkIn(t.ctx, a, card(2));
    await checkIn(t.ctx, a);
    const roster = await loadRoster(t.db, a);
    expect(roster.signedUp).toBe(4);
    expect(roster.cards).toEqual([
      { passId: pulledCard, here: true },
      { passId: card(2), here: true },
    ]);
    expect(roster.present).toBe(3);
    expect(roster.walkIns).toBe(1);
    // 8 seats: 4 signed up and 1 walk-in.
    expect(roster.seatsLeft).toBe(3);
  });

  it('once the server has them (outbox empty), the pulled roster alone counts', async () => {
    const a = activity();
    await signUpCard(t.ctx, a, card(3));
    await t.db.outbox.clear();
    const pulled = activity({ signedUp: 1, passIds: [card(3)], attended: 0, checkedIn: [] });
    expect((await loadRoster(t.db, pulled)).signedUp).toBe(1);
  });

  it('signs a card up once and checks it in once; people without a card as many times as they come', async () => {
    const a = activity({ signedUp: 1, passIds: [pulledCard], attended: 0, checkedIn: [] });
    await expect(signUpCard(t.ctx, a, pulledCard)).rejects.toBeInstanceOf(AlreadyDoneError);
    await checkIn(t.ctx, a, pulledCard);
    await expect(checkIn(t.ctx, a, pulledCard)).rejects.toBeInstanceOf(AlreadyDoneError);
    await checkIn(t.ctx, a);
    await checkIn(t.ctx, a);
    const rows = await t.db.attendances.toArray();
    expect(rows.map((r) => r.passId ?? 'sans carte').sort()).toEqual(
      [pulledCard, 'sans carte', 'sans carte'].sort(),
    );
    expect(await t.db.outbox.where('entity').equals('attendance').count()).toBe(3);
  });

  it('never shows fewer than zero seats left', async () => {
    const a = activity({ signedUp: 8, passIds: [], attended: 0, checkedIn: [] });
    await checkIn(t.ctx, a);
    expect((await loadRoster(t.db, a)).seatsLeft).toBe(0);
  });
});
