// The retention purge reaches the quarantine too (DESIGN.md: GDPR retention): a contact a push
// rejected is kept there with its sealed payload, and it goes when its retention date has passed,
// like a stored contact. One that has not expired stays, and so do rejected mutations of other
// kinds. On SQLite and PostgreSQL, with quarantined contacts made by a real push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  contactRecord,
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
  type World,
} from '../../test-support/sync';
import { purgeExpiredContacts } from './purge';

describe.each(DB_KINDS)('the retention purge of quarantined contacts on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const quarantined = async () =>
    (
      await server.deps.database.db
        .selectFrom('quarantine')
        .select(['seq', 'entity'])
        .where('device_id', '=', tablet.deviceId)
        .orderBy('seq')
        .execute()
    ).map((q) => `${q.seq}:${q.entity}`);

  beforeAll(async () => {
    server = await createTestServer(kind); // server clock: 2026-11-02
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
    // Sealed to a key that is not the centre's: the server cannot open them, so it quarantines them.
    const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
      'deriveBits',
    ])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const wrongKey = { kty: 'EC' as const, crv: 'P-256' as const, x: jwk.x!, y: jwk.y! };
    const box = () =>
      seal({ firstName: 'Awa', phone: '0612345678', language: 'fr', preferredChannel: 'sms' }, wrongKey);
    const res = await pushRequest(fetcher, tablet, [
      ...upserts(
        [contactRecord(tablet, world.agentA, await box(), { retentionUntil: '2027-02-02T09:30:00.000Z' })],
        1,
        'contact',
      ),
      ...upserts(
        [contactRecord(tablet, world.agentA, await box(), { retentionUntil: '2028-11-02T09:30:00.000Z' })],
        2,
        'contact',
      ),
      ...upserts([{ ...encounter(tablet, world.agentA), durationMin: -5 }], 3),
    ]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as PushResponse).results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
  });
  afterAll(() => server.close());

  it('counts an expired quarantined contact in a dry run, and deletes nothing', async () => {
    const result = await purgeExpiredContacts(server.deps.database.db, new Date('2027-03-01T00:00:00Z'), {
      dryRun: true,
    });
    expect(result).toMatchObject({ quarantined: 1, dryRun: true });
    expect(await quarantined()).toEqual(['1:contact', '2:contact', '3:encounter']);
  });

  it('keeps a quarantined contact until its retention date', async () => {
    const result = await purgeExpiredContacts(server.deps.database.db, new Date('2027-02-02T09:00:00Z'));
    expect(result.quarantined).toBe(0);
    expect(await quarantined()).toEqual(['1:contact', '2:contact', '3:encounter']);
  });

  it('deletes it once expired; the other contact and the other kinds stay', async () => {
    const result = await purgeExpiredContacts(server.deps.database.db, new Date('2027-03-01T00:00:00Z'));
    expect(result).toMatchObject({ quarantined: 1, dryRun: false });
    expect(await quarantined()).toEqual(['2:contact', '3:encounter']);
    // Only the scope's centres: another centre's purge leaves this one's quarantine alone.
    const other = await purgeExpiredContacts(server.deps.database.db, new Date('2030-01-01T00:00:00Z'), {
      centreIds: [world.centreB],
    });
    expect(other.quarantined).toBe(0);
    expect(await quarantined()).toEqual(['2:contact', '3:encounter']);
  });
});
