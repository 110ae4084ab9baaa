import { describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import { DB_KINDS } from '../../test-support/databases';
import { pushSuite } from '../../test-support/push-suite';
import { contactRecord, enrolTablet, upserts } from '../../test-support/sync';

describe.each(DB_KINDS)('sync push on %s', (kind) => {
  const suite = pushSuite(kind);
  const { fetcher, db, push, stored } = suite;

  it('stores a batch, answers applied for each and the new lastSeq, stamps receivedAt', async () => {
    const records = [suite.encounter(), suite.encounter()];
    const body = await push(upserts(records, 1));
    expect(body).toEqual({
      lastSeq: 2,
      epoch: expect.stringMatching(/^[0-9a-f-]{36}$/), // the database's restore epoch
      results: [
        { seq: 1, status: 'applied' },
        { seq: 2, status: 'applied' },
      ],
    });
    const row = await stored(records[0]!.id);
    expect(row).toMatchObject({
      entity: 'encounter',
      centre_id: 'centre-a',
      device_id: suite.tablet.deviceId,
      rev: 1,
    });
    expect(row?.received_at).toBe(suite.server.deps.now().toISOString());
    expect(JSON.parse(row!.data)).toEqual(records[0]);
    const device = await db()
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', suite.tablet.deviceId)
      .executeTakeFirst();
    expect(device?.last_seq).toBe(2);
  });

  it('keeps the highest rev: a lower or equal rev is applied but changes nothing', async () => {
    const v1 = suite.encounter({ note: 'première' });
    const v3 = { ...v1, rev: 3, note: 'troisième' };
    const v2 = { ...v1, rev: 2, note: 'deuxième' };
    const body = await push([...upserts([v1, v3], 1), ...upserts([v2, v3], 3)]);
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const row = await stored(v1.id);
    expect(row?.rev).toBe(3);
    expect(JSON.parse(row!.data).note).toBe('troisième');
  });

  it('keeps the highest rev when a lower one comes after it in the same push, and ignores an equal rev with other data', async () => {
    const v1 = suite.encounter({ note: 'première' });
    const v3 = { ...v1, rev: 3, note: 'troisième' };
    const v2 = { ...v1, rev: 2, note: 'deuxième' };
    const sameRev = { ...v3, note: 'autre texte au même numéro' };
    const body = await push(upserts([v1, v3, v2, sameRev], 1));
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const row = await stored(v1.id);
    expect(row?.rev).toBe(3);
    expect(JSON.parse(row!.data).note).toBe('troisième');
  });

  it('marks a record deleted only when the delete’s rev is at least the stored one', async () => {
    const rec = suite.encounter({ rev: 2 });
    await push(upserts([rec], 1));
    await push([{ seq: 2, entity: 'encounter', op: 'delete', record: { id: rec.id, rev: 1 } }]);
    expect((await stored(rec.id))?.deleted).toBe(0);
    await push([{ seq: 3, entity: 'encounter', op: 'delete', record: { id: rec.id, rev: 2 } }]);
    expect((await stored(rec.id))?.deleted).toBe(1);
  });

  it('rejects a delete of a record the server never had, into quarantine', async () => {
    const body = await push([
      { seq: 1, entity: 'encounter', op: 'delete', record: { id: crypto.randomUUID(), rev: 1 } },
    ]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringContaining('rien à supprimer'),
    });
    expect(body.lastSeq).toBe(1);
  });

  it('opens a sealed contact, stores lookup hashes and retention, and keeps the box when a later rev has none', async () => {
    const box = await seal(
      {
        firstName: 'Fatima',
        phone: '06 12 34 56 78',
        email: 'Fatima@Exemple.fr',
        language: 'fr',
        preferredChannel: 'sms',
      },
      suite.tablet.centre.publicKey,
    );
    const contact = contactRecord(suite.tablet, suite.world.agentA, box);
    expect((await push(upserts([contact], 1, 'contact'))).results[0]?.status).toBe('applied');
    const row = await stored(contact.id as string);
    expect(row?.retention_until).toBe('2027-02-02T09:30:00.000Z');
    expect(JSON.parse(row!.data).sealed).toEqual(box);
    expect(row!.data).not.toContain('Fatima');
    const hashes = await db()
      .selectFrom('contact_lookup')
      .select('hash')
      .where('contact_id', '=', contact.id as string)
      .execute();
    expect(hashes.map((h) => h.hash).sort()).toEqual(
      [
        suite.server.deps.secrets.lookupHash('+33612345678'),
        suite.server.deps.secrets.lookupHash('fatima@exemple.fr'),
      ].sort(),
    );
    // After the ack the tablet drops its copy; a correction arrives without `sealed`.
    const { sealed: _dropped, ...withoutBox } = contact;
    const body = await push(
      upserts([{ ...withoutBox, rev: 2, consentPurposes: ['rappel', 'sms'] }], 2, 'contact'),
    );
    expect(body.results[0]?.status).toBe('applied');
    const after = JSON.parse((await stored(contact.id as string))!.data);
    expect(after.rev).toBe(2);
    expect(after.consentPurposes).toEqual(['rappel', 'sms']);
    expect(after.sealed).toEqual(box);
  });

  it('rejects a contact sealed to another centre’s key, into quarantine, and moves on', async () => {
    const otherCentre = await db()
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', suite.world.centreB)
      .executeTakeFirstOrThrow();
    const box = await seal(
      { firstName: 'X', language: 'fr', preferredChannel: 'sms' },
      JSON.parse(otherCentre.public_key),
    );
    const bad = contactRecord(suite.tablet, suite.world.agentA, box);
    const good = suite.encounter();
    const body = await push([...upserts([bad], 1, 'contact'), ...upserts([good], 2)]);
    expect(body.lastSeq).toBe(2);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringContaining('clé du centre'),
    });
    expect(body.results[1]?.status).toBe('applied');
    expect(await stored(bad.id as string)).toBeUndefined();
    const q = await db()
      .selectFrom('quarantine')
      .selectAll()
      .where('device_id', '=', suite.tablet.deviceId)
      .execute();
    expect(q).toHaveLength(1);
    expect(JSON.parse(q[0]!.payload).record.id).toBe(bad.id);
  });

  it('rejects a contact in words when the centre’s key does not open with the server’s secret, and stores the rest', async () => {
    const box = await seal(
      { firstName: 'Y', language: 'fr', preferredChannel: 'sms' },
      suite.tablet.centre.publicKey,
    );
    const centre = () => db().updateTable('centres').where('id', '=', suite.world.centreA);
    const { private_key_enc: kept } = await db()
      .selectFrom('centres')
      .select('private_key_enc')
      .where('id', '=', suite.world.centreA)
      .executeTakeFirstOrThrow();
    await centre().set({ private_key_enc: 'abîmée' }).execute();
    try {
      const contact = contactRecord(suite.tablet, suite.world.agentA, box);
      const good = suite.encounter();
      const body = await push([...upserts([contact], 1, 'contact'), ...upserts([good], 2)]);
      expect(body.lastSeq).toBe(2);
      expect(body.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringContaining('ne s’ouvre pas avec le secret du serveur'),
      });
      expect(body.results[1]?.status).toBe('applied');
      expect(await stored(contact.id as string)).toBeUndefined();
      expect(await stored(good.id)).toBeDefined();
    } finally {
      await centre().set({ private_key_enc: kept }).execute();
    }
  });

  it('refuses to let a tablet overwrite a record id that belongs to another tablet', async () => {
    const rec = suite.encounter();
    await push(upserts([rec], 1));
    const thief = await enrolTablet(suite.server.deps, fetcher, suite.world.centreA);
    const body = await push(upserts([{ ...rec, deviceId: thief.deviceId, rev: 9 }], 1), thief);
    expect(body.results[0]?.status).toBe('rejected');
    expect((await stored(rec.id))?.rev).toBe(1);
  });
});
