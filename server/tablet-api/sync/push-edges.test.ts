// The push's less travelled paths (DESIGN.md "Sync"), each through the HTTP push on SQLite and
// PostgreSQL: mutations sent out of order, a deletion that brings its whole record, a correction
// that keeps the first receivedAt, an id reused for another kind of record, a person erased after
// the tablet linked records to them, a contact sealed again with new details, and a batch larger
// than one insert statement (200 rows) of records, lookup hashes and quarantined copies.
import { describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PullResponse } from '../../../src/shared/protocol';
import { eraseContacts } from '../../dashboard-api/privacy/erase';
import { bumpChangeVersion } from '../../db/change-version';
import { DB_KINDS } from '../../test-support/databases';
import { pushSuite } from '../../test-support/push-suite';
import { authHeaders, contactRecord, encounter, upserts } from '../../test-support/sync';

const person = (phone: string, email?: string) =>
  ({
    firstName: 'Awa',
    phone,
    ...(email ? { email } : {}),
    language: 'fr',
    preferredChannel: 'sms',
  }) as const;

describe.each(DB_KINDS)('push edges on %s', (kind) => {
  const suite = pushSuite(kind);
  const { db, push, stored } = suite;

  const quarantined = async () =>
    (
      await db()
        .selectFrom('quarantine')
        .select(['seq', 'payload', 'reason'])
        .where('device_id', '=', suite.tablet.deviceId)
        .orderBy('seq')
        .execute()
    ).map((q) => ({ seq: q.seq, payload: JSON.parse(q.payload), reason: q.reason }));
  const hashesOf = async (contactId: string) =>
    (await db().selectFrom('contact_lookup').select('hash').where('contact_id', '=', contactId).execute())
      .map((h) => h.hash)
      .sort();

  it('mutations sent out of order are applied in seq order, answered in the order sent', async () => {
    const [a, b, c] = [1, 2, 3].map(() => suite.encounter());
    const body = await push([
      { seq: 3, entity: 'encounter', op: 'upsert', record: c! },
      { seq: 1, entity: 'encounter', op: 'upsert', record: a! },
      { seq: 2, entity: 'encounter', op: 'upsert', record: b! },
    ]);
    expect(body.lastSeq).toBe(3);
    expect(body.results).toEqual([
      { seq: 3, status: 'applied' },
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'applied' },
    ]);
    // A retry mixing what was stored and what is new: duplicates, then the new one.
    const d = suite.encounter();
    const again = await push([
      ...upserts([a!, b!], 1),
      { seq: 4, entity: 'encounter', op: 'upsert', record: d },
    ]);
    expect(again).toMatchObject({
      lastSeq: 4,
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
        { seq: 4, status: 'applied' },
      ],
    });
  });

  it('a deletion that brings its whole record is stored deleted, even if the server never had it', async () => {
    const rec = suite.encounter({ rev: 2 });
    const body = await push([{ seq: 1, entity: 'encounter', op: 'delete', record: rec }]);
    expect(body.results).toEqual([{ seq: 1, status: 'applied' }]);
    expect(await stored(rec.id)).toMatchObject({ deleted: 1, rev: 2, entity: 'encounter' });
  });

  it('a correction keeps the first receivedAt and the tablet’s last-seen time moves to the push', async () => {
    const first = suite.encounter();
    await push(upserts([first], 1));
    const firstSeen = suite.server.deps.now().toISOString();
    suite.server.setNow(new Date('2026-11-02T11:00:00.000Z'));
    try {
      await push(upserts([{ ...first, rev: 2, durationMin: 45 }], 2));
      const row = await stored(first.id);
      expect([row?.received_at, row?.rev, JSON.parse(row!.data).durationMin]).toEqual([firstSeen, 2, 45]);
      const device = await db()
        .selectFrom('devices')
        .select(['last_seq', 'last_seen_at'])
        .where('id', '=', suite.tablet.deviceId)
        .executeTakeFirstOrThrow();
      expect(device).toEqual({ last_seq: 2, last_seen_at: '2026-11-02T11:00:00.000Z' });
    } finally {
      suite.server.setNow(new Date(firstSeen));
    }
  });

  it('an id the tablet already used for another kind of record is rejected; the first stays', async () => {
    const rec = suite.encounter();
    await push(upserts([rec], 1));
    const box = await seal(person('0612345678'), suite.tablet.centre.publicKey);
    const body = await push(
      upserts([contactRecord(suite.tablet, suite.world.agentA, box, { id: rec.id, rev: 2 })], 2, 'contact'),
    );
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringContaining('autre type'),
    });
    expect(await stored(rec.id)).toMatchObject({ entity: 'encounter', rev: 1 });
  });

  it('after a person is erased: their encounter is kept without the link, a sign-up of theirs is refused', async () => {
    const contact = contactRecord(
      suite.tablet,
      suite.world.agentA,
      await seal(person('0612345678'), suite.tablet.centre.publicKey),
    );
    const id = contact.id as string;
    expect((await push(upserts([contact], 1, 'contact'))).results[0]?.status).toBe('applied');
    await db()
      .transaction()
      .execute((trx) => eraseContacts(trx, [id], { reason: 'gdpr', now: suite.server.deps.now() }));
    const enc = suite.encounter({ contactId: id });
    const signup = {
      ...{
        id: crypto.randomUUID(),
        centreId: suite.tablet.centre.id,
        deviceId: suite.tablet.deviceId,
        agentId: suite.world.agentA,
      },
      ...{ createdAt: enc.createdAt, rev: 1, activityId: 'atelier-1', contactId: id, at: enc.createdAt },
    };
    const body = await push([...upserts([enc], 2), ...upserts([signup], 3, 'signup')]);
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(body.results[1]?.error).toContain('effacé à la demande de la personne');
    const kept = JSON.parse((await stored(enc.id))!.data);
    expect([kept.contactId, kept.institutions]).toEqual([undefined, ['caf']]);
    expect(await stored(signup.id)).toBeUndefined();
    // The refused sign-up is quarantined whole (its own data), its contact link included.
    expect((await quarantined()).map((q) => [q.seq, q.payload.record?.id])).toEqual([[3, signup.id]]);
  });

  it('a contact sealed again with a new phone: the old lookup hash goes, the new one comes', async () => {
    const contact = contactRecord(
      suite.tablet,
      suite.world.agentA,
      await seal(person('0612345678'), suite.tablet.centre.publicKey),
    );
    const id = contact.id as string;
    await push(upserts([contact], 1, 'contact'));
    expect(await hashesOf(id)).toEqual([suite.server.deps.secrets.lookupHash('+33612345678')]);
    const box = await seal(person('0799887766'), suite.tablet.centre.publicKey);
    expect(
      (await push(upserts([{ ...contact, rev: 2, sealed: box }], 2, 'contact'))).results[0]?.status,
    ).toBe('applied');
    expect(await hashesOf(id)).toEqual([suite.server.deps.secrets.lookupHash('+33799887766')]);
    expect(JSON.parse((await stored(id))!.data).sealed).toEqual(box);
  });

  it('a sign-up stamps its activity, so the next pull brings the activity with its new roster', async () => {
    const activity = {
      id: 'atelier-roster',
      centreId: suite.world.centreA,
      title: 'Atelier',
      startsAt: '2026-11-10T14:00:00.000Z',
      place: 'Salle 1',
    };
    await db()
      .transaction()
      .execute(async (trx) => {
        const version = await bumpChangeVersion(trx);
        await trx
          .insertInto('activities')
          .values({
            id: activity.id,
            centre_id: suite.world.centreA,
            data: JSON.stringify(activity),
            version,
          })
          .execute();
      });
    const pull = async (cursor = '') =>
      (await (
        await suite.server.app.request(`/api/v1/sync/pull?limit=1000&cursor=${cursor}`, {
          headers: authHeaders(suite.tablet),
        })
      ).json()) as PullResponse;
    const { cursor } = await pull();
    const contact = contactRecord(
      suite.tablet,
      suite.world.agentA,
      await seal(person('0612345678'), suite.tablet.centre.publicKey),
    );
    const signup = {
      ...{
        id: crypto.randomUUID(),
        centreId: suite.tablet.centre.id,
        deviceId: suite.tablet.deviceId,
        agentId: suite.world.agentA,
      },
      ...{ createdAt: '2026-11-02T09:30:00.000Z', rev: 1, activityId: activity.id, contactId: contact.id },
      at: '2026-11-02T09:30:00.000Z',
    };
    await push([...upserts([contact], 1, 'contact'), ...upserts([signup], 2, 'signup')]);
    const next = await pull(cursor);
    expect(next.changes.map((c) => [c.entity, c.id, (c.record as { roster?: unknown })?.roster])).toEqual([
      ['activity', activity.id, { signedUp: 1, passIds: [], attended: 0, checkedIn: [] }],
    ]);
  });

  it('a batch larger than one insert statement: every record, lookup and quarantined copy is written', async () => {
    const encounters = Array.from({ length: 100 }, () => suite.encounter());
    const contacts = await Promise.all(
      Array.from({ length: 101 }, async (_, i) =>
        contactRecord(
          suite.tablet,
          suite.world.agentA,
          await seal(person(`06${10_000_000 + i}`, `awa${i}@exemple.fr`), suite.tablet.centre.publicKey),
        ),
      ),
    );
    const refused = Array.from({ length: 201 }, () => ({
      ...encounter(suite.tablet, suite.world.agentA),
      durationMin: -1,
    }));
    const body = await push([
      ...upserts(encounters, 1),
      ...upserts(contacts, 101, 'contact'),
      ...upserts(refused, 202),
    ]);
    expect(body.lastSeq).toBe(402);
    expect(body.results.filter((r) => r.status === 'applied').length).toBe(201);
    const ids = [...encounters, ...contacts].map((r) => r.id as string);
    const rows = await db()
      .selectFrom('records')
      .select('id')
      .where('device_id', '=', suite.tablet.deviceId)
      .execute();
    expect(rows.map((r) => r.id).sort()).toEqual(ids.sort());
    const lookups = await db()
      .selectFrom('contact_lookup')
      .select('contact_id')
      .where(
        'contact_id',
        'in',
        contacts.map((c) => c.id as string),
      )
      .execute();
    expect(lookups.length).toBe(202);
    expect((await quarantined()).map((q) => q.seq)).toEqual(refused.map((_, i) => 202 + i));
  });
});
