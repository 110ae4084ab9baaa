import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FormError } from './context';
import { currentOuting, endOuting, type OutingForm, recentPlaces, startOuting } from './outings';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const market: OutingForm = {
  placeKind: 'marche',
  placeLabel: 'Marché de Wazemmes',
  neighbourhood: 'Wazemmes',
  qpv: true,
  commune: '',
};

describe('outings', () => {
  it('needs a kind of place, a label, a neighbourhood and QPV yes or no', async () => {
    await expect(
      startOuting(t.ctx, { placeLabel: '', neighbourhood: '', commune: '' }),
    ).rejects.toMatchObject({
      fields: {
        placeKind: 'agent.error.placeKindRequired',
        placeLabel: 'agent.error.placeLabelRequired',
        neighbourhood: 'agent.error.neighbourhoodRequired',
        qpv: 'agent.error.qpvRequired',
      },
    });
    await expect(startOuting(t.ctx, { ...market, qpv: undefined })).rejects.toBeInstanceOf(FormError);
    expect(await t.db.outings.count()).toBe(0);
  });

  it('starts, shows as current, ends; several a day, one outbox entry per change', async () => {
    const first = await startOuting(t.ctx, market);
    expect((await currentOuting(t.db, 'agent-1'))?.id).toBe(first.id);
    t.setNow(new Date('2026-11-14T12:00:00.000Z'));
    const ended = await endOuting(t.ctx, first);
    expect(ended).toMatchObject({ endedAt: '2026-11-14T12:00:00.000Z', rev: 2 });
    expect(await currentOuting(t.db, 'agent-1')).toBeUndefined();
    t.setNow(new Date('2026-11-14T14:00:00.000Z'));
    const second = await startOuting(t.ctx, { ...market, placeKind: 'hall_immeuble', placeLabel: 'Hall 12' });
    expect((await currentOuting(t.db, 'agent-1'))?.id).toBe(second.id);
    expect(await t.db.outbox.count()).toBe(3);
  });

  it('ends an outing left open when the next one starts', async () => {
    const first = await startOuting(t.ctx, market);
    t.setNow(new Date('2026-11-14T14:00:00.000Z'));
    await startOuting(t.ctx, { ...market, placeLabel: 'Hall 12' });
    expect((await t.db.outings.get(first.id))?.endedAt).toBe('2026-11-14T14:00:00.000Z');
    expect(await t.db.outbox.count()).toBe(3);
  });

  it('offers the last distinct places again, newest first', async () => {
    await startOuting(t.ctx, market);
    t.setNow(new Date('2026-11-14T11:00:00.000Z'));
    await startOuting(t.ctx, { ...market, placeKind: 'hall_immeuble', placeLabel: 'Hall 12', qpv: false });
    t.setNow(new Date('2026-11-14T12:00:00.000Z'));
    await startOuting(t.ctx, market);
    const places = await recentPlaces(t.db);
    expect(places.map((p) => p.placeLabel)).toEqual(['Marché de Wazemmes', 'Hall 12']);
    expect(places[1]).toEqual({
      placeKind: 'hall_immeuble',
      placeLabel: 'Hall 12',
      neighbourhood: 'Wazemmes',
      qpv: false,
      commune: '',
    });
  });
});
