import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlreadySyncedError, FormError } from './context';
import { type EncounterForm, emptyEncounterForm } from './encounter-form';
import { correctable, deleteEncounter, isPendingSync, saveEncounter } from './encounters';
import { testContext } from './test-support/context';
import { loadToday } from './today';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const common = (): EncounterForm => ({
  ...emptyEncounterForm(),
  themes: ['email'],
  autonomy: 'autonome',
  durationMin: 15,
});

const contact = {
  id: '019a2274-1111-7543-9b37-b11574031008',
  centreId: 'arbrisseau',
  deviceId: 'dev-1',
  agentId: 'agent-1',
  createdAt: '2026-11-14T09:00:00.000Z',
  rev: 1,
  consentPurposes: ['rappel', 'info_activites'] as ('rappel' | 'info_activites')[],
  consentTextVersion: '2026-11',
  consentAt: '2026-11-14T09:00:00.000Z',
  retentionUntil: '2028-11-14T09:00:00.000Z',
};

describe('saving encounters', () => {
  it('writes the encounter and exactly one outbox entry, in the current outing', async () => {
    const outingId = '019a2274-2222-7543-9b37-b11574031008';
    const e = await saveEncounter(t.ctx, common(), { outingId });
    expect(await t.db.encounters.get(e.id)).toEqual(e);
    expect(e).toMatchObject({
      outingId,
      agentId: 'agent-1',
      deviceId: 'dev-1',
      centreId: 'arbrisseau',
      rev: 1,
    });
    const outbox = await t.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entity: 'encounter', op: 'upsert', recordId: e.id });
  });

  it('refuses an incomplete form and writes nothing', async () => {
    await expect(saveEncounter(t.ctx, emptyEncounterForm())).rejects.toBeInstanceOf(FormError);
    expect(await t.db.encounters.count()).toBe(0);
    expect(await t.db.outbox.count()).toBe(0);
  });

  it('corrects an encounter with the next revision and a new outbox entry', async () => {
    const e = await saveEncounter(t.ctx, common());
    const fixed = await saveEncounter(t.ctx, { ...common(), durationMin: 30 }, { existing: e });
    expect(fixed.id).toBe(e.id);
    expect(fixed.rev).toBe(2);
    expect(fixed.createdAt).toBe(e.createdAt);
    expect((await t.db.encounters.get(e.id))?.durationMin).toBe(30);
    expect(await t.db.outbox.count()).toBe(2);
  });

  it('lets a sent encounter be corrected for the rest of its day: rev + 1, pushed again', async () => {
    const e = await saveEncounter(t.ctx, common());
    expect(await isPendingSync(t.db, e.id)).toBe(true);
    await t.db.outbox.clear(); // what the sync engine does after the acknowledgement
    expect(await correctable(t.db, e, t.ctx.now())).toBe('anonymous');
    const fixed = await saveEncounter(t.ctx, { ...common(), themes: ['sante'] }, { existing: e });
    expect(fixed).toMatchObject({ id: e.id, rev: 2, themes: ['sante'] });
    const outbox = await t.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entity: 'encounter', op: 'upsert', recordId: e.id });
    // Not deleted from the tablet once sent.
    await t.db.outbox.clear();
    await expect(deleteEncounter(t.ctx, fixed)).rejects.toBeInstanceOf(AlreadySyncedError);
  });

  it('never changes the sealed contact of a sent encounter', async () => {
    await t.db.contacts.put(contact);
    const e = await saveEncounter(t.ctx, { ...common(), contactId: contact.id });
    await t.db.outbox.clear();
    const without = saveEncounter(t.ctx, { ...common(), contactId: undefined }, { existing: e });
    await expect(without).rejects.toMatchObject({ fields: { contact: 'agent.encounter.contactLocked' } });
    expect((await t.db.encounters.get(e.id))?.rev).toBe(1);
  });

  it('makes a sent encounter read-only from the next day on', async () => {
    const e = await saveEncounter(t.ctx, common());
    await t.db.outbox.clear();
    t.setNow(new Date('2026-11-15T10:00:00.000Z'));
    expect(await correctable(t.db, e, t.ctx.now())).toBe('none');
    await expect(saveEncounter(t.ctx, common(), { existing: e })).rejects.toBeInstanceOf(AlreadySyncedError);
    expect((await t.db.encounters.get(e.id))?.rev).toBe(1);
    expect(await t.db.outbox.count()).toBe(0);
  });

  it('signs the contact up to the activities, once, and removes the sign-up with the encounter', async () => {
    await t.db.contacts.put(contact);
    const form: EncounterForm = {
      ...common(),
      actions: ['aide_sur_place', 'inscription_activite'],
      activityIds: ['act-1'],
      contactId: contact.id,
    };
    const e = await saveEncounter(t.ctx, form);
    const signups = await t.db.signups.toArray();
    expect(signups).toHaveLength(1);
    expect(signups[0]).toMatchObject({ activityId: 'act-1', contactId: contact.id, agentId: 'agent-1' });
    // A correction that keeps the activity does not sign up twice; adding one adds one.
    const e2 = await saveEncounter(t.ctx, { ...form, activityIds: ['act-1', 'act-2'] }, { existing: e });
    expect((await t.db.signups.toArray()).map((s) => s.activityId).sort()).toEqual(['act-1', 'act-2']);
    await deleteEncounter(t.ctx, e2);
    expect(await t.db.signups.count()).toBe(0);
    expect(await t.db.encounters.count()).toBe(0);
    // One outbox entry per change: encounter ×3, signup ×2 created, ×2 deleted.
    const entries = await t.db.outbox.toArray();
    expect(entries.map((q) => `${q.entity}:${q.op}`)).toEqual([
      'encounter:upsert',
      'signup:upsert',
      'encounter:upsert',
      'signup:upsert',
      'encounter:delete',
      'signup:delete',
      'signup:delete',
    ]);
  });

  it('refuses a sign-up without a contact who agreed to hear about activities', async () => {
    await t.db.contacts.put({ ...contact, consentPurposes: ['rappel'] });
    const form: EncounterForm = {
      ...common(),
      actions: ['inscription_activite'],
      activityIds: ['act-1'],
      contactId: contact.id,
    };
    await expect(saveEncounter(t.ctx, form)).rejects.toMatchObject({
      fields: { activities: 'agent.error.signupNeedsContact' },
    });
    expect(await t.db.signups.count()).toBe(0);
  });
});

describe('today', () => {
  it('lists the agent’s encounters of the day, newest first, with the tallies', async () => {
    const outingId = '019a2274-2222-7543-9b37-b11574031008';
    await t.db.outings.put({
      id: outingId,
      centreId: 'arbrisseau',
      deviceId: 'dev-1',
      agentId: 'agent-1',
      createdAt: '2026-11-14T08:00:00.000Z',
      rev: 1,
      placeKind: 'marche',
      placeLabel: 'Marché de Wazemmes',
      neighbourhood: 'Wazemmes',
      qpv: true,
      startedAt: '2026-11-14T08:00:00.000Z',
    });
    t.setNow(new Date('2026-11-13T10:00:00.000Z'));
    await saveEncounter(t.ctx, common()); // yesterday: not today
    t.setNow(new Date('2026-11-14T10:00:00.000Z'));
    const a = await saveEncounter(t.ctx, common(), { outingId });
    t.setNow(new Date('2026-11-14T10:05:00.000Z'));
    const b = await saveEncounter(
      t.ctx,
      { ...common(), type: 'collectif', participants: { count: 4, bySex: {}, byAgeBand: {} } },
      { outingId },
    );
    await saveEncounter({ ...t.ctx, agentId: 'agent-2' }, common()); // someone else's
    const today = await loadToday(t.db, 'agent-1', new Date('2026-11-14T12:00:00.000Z'));
    expect(today.encounters.map((e) => e.id)).toEqual([b.id, a.id]);
    expect(today.day).toMatchObject({ encounters: 2, people: 5 });
    expect(today.outing?.id).toBe(outingId);
    expect(today.outingTally).toMatchObject({ encounters: 2, people: 5 });
    expect(today.pending.has(a.id)).toBe(true);
  });
});
