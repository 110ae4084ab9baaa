// Issue 9, "A GDPR erasure leaves nothing behind": the erase removes or blanks every row that holds
// the person's data (records, quarantine, lookups, follow-ups, reviews, sign-ups, comments), the
// erased id is remembered and a later push of it is rejected in words, and SQLite keeps no byte of
// it in its files (secure_delete, and a checkpoint after the erase or the purge).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PushResponse } from '../../../src/shared/protocol';
import type { ContactPersonal } from '../../../src/shared/records';
import { createAgent } from '../../services/agents';
import { seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS } from '../../test-support/databases';
import { contactRecord, encounter, enrolTablet, pushRequest, type Tablet } from '../../test-support/sync';
import { purgeExpiredContacts } from './purge';

const PERSON: ContactPersonal = {
  firstName: 'Zénobie',
  phone: '06 98 76 54 32',
  email: 'zenobie@example.org',
  language: 'fr',
  preferredChannel: 'sms',
};
const FOLLOW_UP_COMMENT = 'Rappeler Zénobie-Marguerite après 18 h, code porte 4711';
const REVIEW_COMMENT = 'Zénobie-Marguerite a montré son avis CAF';

async function world(kind: (typeof DB_KINDS)[number]) {
  const server = await createTestServer(kind);
  await seedCentres(server);
  const agentId = await createAgent(
    server.deps.database.db,
    { centreId: 'centre-a', displayName: 'Amina', pin: '1234' },
    server.deps.now(),
  );
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const tablet = await enrolTablet(server.deps, fetcher, 'centre-a');
  const coord = await signIn(server, 'coord-a');
  return { server, agentId, fetcher, tablet, coord };
}

/** A contact with an encounter, a sign-up, a rejected re-push, a follow-up comment and reviews. */
async function personWithEverything(w: Awaited<ReturnType<typeof world>>, firstSeq: number) {
  const { tablet, agentId, fetcher, coord } = w;
  const box = await seal(PERSON, tablet.centre.publicKey);
  const contact = contactRecord(tablet, agentId, box);
  const enc = encounter(tablet, agentId, { contactId: contact.id as string });
  const signup = { ...encounter(tablet, agentId), type: undefined };
  const signupRecord = {
    id: (signup as { id: string }).id,
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId,
    createdAt: '2026-11-02T09:30:00.000Z',
    rev: 1,
    activityId: 'atelier-1',
    contactId: contact.id,
    at: '2026-11-02T09:30:00.000Z',
  };
  const res = await pushRequest(fetcher, tablet as Tablet, [
    { seq: firstSeq, entity: 'contact', op: 'upsert', record: contact },
    { seq: firstSeq + 1, entity: 'encounter', op: 'upsert', record: enc },
    { seq: firstSeq + 2, entity: 'signup', op: 'upsert', record: signupRecord },
    // A later rev that fails validation: its copy (with the box) goes to quarantine.
    { seq: firstSeq + 3, entity: 'contact', op: 'upsert', record: { ...contact, rev: 2, unknown: 1 } },
  ]);
  const answer = (await res.json()) as PushResponse;
  expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
  expect(
    (await coord.send('PUT', `/follow-ups/${contact.id}`, { status: 'a_faire', comment: FOLLOW_UP_COMMENT }))
      .status,
  ).toBe(200);
  expect(
    (await coord.send('PUT', `/records/${enc.id}/review`, { state: 'a_verifier', comment: REVIEW_COMMENT }))
      .status,
  ).toBe(200);
  expect(
    (await coord.send('PUT', `/records/${contact.id}/review`, { state: 'valide', comment: REVIEW_COMMENT }))
      .status,
  ).toBe(200);
  return { contact, box, enc, signupRecord };
}

describe.each(DB_KINDS)('a GDPR erasure leaves nothing behind on %s', (kind) => {
  let w: Awaited<ReturnType<typeof world>>;
  let p: Awaited<ReturnType<typeof personWithEverything>>;
  const db = () => w.server.deps.database.db;

  beforeAll(async () => {
    w = await world(kind);
    p = await personWithEverything(w, 1);
    const res = await w.coord.send('POST', '/gdpr/erase', { contactIds: [p.contact.id] });
    expect(res.status).toBe(200);
  });
  afterAll(() => w.server.close());

  it('erase removes the person from records, quarantine, lookups, follow-ups, reviews, sign-ups and comments', async () => {
    const id = p.contact.id as string;
    const records = await db().selectFrom('records').select(['id', 'data']).execute();
    expect(records.map((r) => r.id)).not.toContain(id);
    expect(records.map((r) => r.id)).not.toContain(p.signupRecord.id);
    const kept = records.find((r) => r.id === p.enc.id)!;
    expect(kept.data).not.toContain(id);
    const quarantine = await db().selectFrom('quarantine').select('payload').execute();
    expect(quarantine.filter((q) => q.payload.includes(id) || q.payload.includes(p.box.ct))).toEqual([]);
    expect(
      await db().selectFrom('contact_lookup').selectAll().where('contact_id', '=', id).execute(),
    ).toEqual([]);
    expect(await db().selectFrom('follow_ups').selectAll().execute()).toEqual([]);
    const reviews = await db().selectFrom('reviews').selectAll().execute();
    expect(reviews.map((r) => r.record_id)).not.toContain(id);
    expect(reviews.filter((r) => (r.comment ?? '').includes('Zénobie'))).toEqual([]);
    const search = await w.coord.send('POST', '/gdpr/search', { phone: PERSON.phone });
    expect(((await search.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('a later push of an erased id is rejected (« effacé à la demande de la personne ») and keeps nothing of it', async () => {
    const res = await pushRequest(w.fetcher, w.tablet, [
      { seq: 5, entity: 'contact', op: 'upsert', record: { ...p.contact, rev: 3 } },
      { seq: 6, entity: 'signup', op: 'upsert', record: { ...p.signupRecord, rev: 2 } },
    ]);
    const answer = (await res.json()) as PushResponse;
    expect(answer.lastSeq).toBe(6);
    for (const r of answer.results) {
      expect(r.status).toBe('rejected');
      expect(r.error).toContain('effacé à la demande de la personne');
    }
    const ids = (await db().selectFrom('records').select('id').execute()).map((r) => r.id);
    expect(ids).not.toContain(p.contact.id);
    const quarantine = await db().selectFrom('quarantine').select('payload').execute();
    expect(quarantine.filter((q) => q.payload.includes(p.box.ct))).toEqual([]);
    const list = (await (await w.coord.get('/follow-ups')).json()) as { items: { contactId: string }[] };
    expect(list.items.map((i) => i.contactId)).not.toContain(p.contact.id);
  });
});

describe('SQLite keeps no byte of an erased or purged person', () => {
  const fileBytes = (dir: string) =>
    ['borne.db', 'borne.db-wal']
      .map((f) => join(dir, f))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f));
  const found = (dir: string, text: string) =>
    fileBytes(dir).some((b) => b.includes(Buffer.from(text, 'utf8')));

  it('after an erase, the raw database files hold neither the comments nor the sealed box', async () => {
    const w = await world('sqlite');
    try {
      const p = await personWithEverything(w, 1);
      expect(found(w.server.dataDir, FOLLOW_UP_COMMENT)).toBe(true); // the bytes are there before
      expect((await w.coord.send('POST', '/gdpr/erase', { contactIds: [p.contact.id] })).status).toBe(200);
      expect(found(w.server.dataDir, FOLLOW_UP_COMMENT)).toBe(false);
      expect(found(w.server.dataDir, REVIEW_COMMENT)).toBe(false);
      expect(found(w.server.dataDir, p.box.ct.slice(0, 40))).toBe(false);
    } finally {
      await w.server.close();
    }
  });

  it('after a retention purge, the raw database files no longer hold the follow-up comment', async () => {
    const w = await world('sqlite');
    try {
      await personWithEverything(w, 1);
      expect(found(w.server.dataDir, FOLLOW_UP_COMMENT)).toBe(true);
      const later = new Date('2028-01-01T00:00:00.000Z');
      const result = await purgeExpiredContacts(w.server.deps.database.db, later);
      expect(result.contacts).toBe(1);
      expect(found(w.server.dataDir, FOLLOW_UP_COMMENT)).toBe(false);
    } finally {
      await w.server.close();
    }
  });
});
