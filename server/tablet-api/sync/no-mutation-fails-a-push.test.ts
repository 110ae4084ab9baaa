// Issue 9, "No single mutation makes a push fail": whatever the server cannot apply (too deep, a NUL
// character, a sealed box it cannot open, a timestamp that names no instant, a contact without its
// box, `__proto__`/`constructor` keys) is `rejected` with a reason in words and quarantined as a
// bounded, storable copy; lastSeq advances and the next valid mutation is applied. On SQLite and on
// PostgreSQL, which refuses U+0000 in text.
import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { MAX_QUARANTINE_COPY_CHARS } from '../../sync/quarantine-copy';
import { DB_KINDS } from '../../test-support/databases';
import { pushSuite } from '../../test-support/push-suite';
import { authHeaders, contactRecord } from '../../test-support/sync';

describe.each(DB_KINDS)('no single mutation makes a push fail on %s', (kind) => {
  const suite = pushSuite(kind);
  const { fetcher, db } = suite;

  /** Pushes `badRecord` (JSON text, sent as is) at seq 1 and a valid encounter at seq 2. */
  async function badThenGood(badRecord: string, entity = 'encounter') {
    const good = suite.encounter();
    const body =
      `{"protocol":1,"deviceId":${JSON.stringify(suite.tablet.deviceId)},"mutations":[` +
      `{"seq":1,"entity":${JSON.stringify(entity)},"op":"upsert","record":${badRecord}},` +
      `{"seq":2,"entity":"encounter","op":"upsert","record":${JSON.stringify(good)}}]}`;
    const res = await fetcher('/api/v1/sync/push', {
      method: 'POST',
      headers: authHeaders(suite.tablet),
      body,
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as PushResponse;
    expect(answer.lastSeq).toBe(2);
    expect(answer.results[1]).toEqual({ seq: 2, status: 'applied' });
    const rejected = answer.results[0]!;
    expect(rejected).toMatchObject({ seq: 1, status: 'rejected' });
    expect(rejected.error).toMatch(/^[A-ZÀ-Üa-z_.]+.{10,}/);
    expect(rejected.error).not.toContain('\u0000');
    const stored = await db().selectFrom('records').select('id').where('id', '=', good.id).execute();
    expect(stored).toHaveLength(1);
    const rows = await db()
      .selectFrom('quarantine')
      .selectAll()
      .where('device_id', '=', suite.tablet.deviceId)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.reason).toBe(rejected.error);
    expect(row.payload.length).toBeLessThanOrEqual(MAX_QUARANTINE_COPY_CHARS);
    expect(row.payload).not.toContain('\u0000');
    expect(row.entity).not.toContain('\u0000');
    const device = await db()
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', suite.tablet.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.last_seq).toBe(2);
    return { error: rejected.error!, copy: JSON.parse(row.payload) as Record<string, unknown> };
  }
  const withField = (extra: string) => JSON.stringify(suite.encounter()).replace(/^\{/, `{${extra},`);

  it('an array 200,000 levels deep is rejected as too deep and kept as a bounded copy', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const record = JSON.stringify(suite.encounter({ themes: ['__DEEP__'] as never }));
    const { error, copy } = await badThenGood(record.replace(`["__DEEP__"]`, deep));
    expect(error).toContain('trop imbriqué');
    expect(copy).toMatchObject({ seq: 1, entity: 'encounter', op: 'upsert' });
  });

  it('a NUL character in a string is rejected, naming the field', async () => {
    const { error, copy } = await badThenGood(JSON.stringify(suite.encounter({ note: 'a\u0000b' })));
    expect(error).toContain('note');
    expect(error).toContain('U+0000');
    expect((copy.record as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a NUL character in a key is rejected, and the reason stays storable', async () => {
    const { error } = await badThenGood(withField('"bad\\u0000key":1'));
    expect(error).toContain('U+0000');
  });

  it('a NUL character in the entity name or in agentId is rejected', async () => {
    expect((await badThenGood(JSON.stringify(suite.encounter()), 'enc\u0000ounter')).error).toMatch(
      /inconnu|U\+0000/,
    );
  });

  it('a NUL character in agentId is rejected', async () => {
    const { error } = await badThenGood(JSON.stringify(suite.encounter({ agentId: 'agent\u0000' })));
    expect(error).toContain('agentId');
  });

  it('a sealed box the server cannot open is rejected', async () => {
    const box = {
      alg: 'ECDH-P256+HKDF-SHA256+A256GCM',
      epk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB' },
      iv: 'AAAAAAAAAAAAAAAA',
      ct: 'AAAA',
    };
    const { error } = await badThenGood(
      JSON.stringify(contactRecord(suite.tablet, suite.world.agentA, box)),
      'contact',
    );
    expect(error).toContain('ne s’ouvrent pas');
  });

  it('a contact pushed without its sealed box is rejected', async () => {
    const { error } = await badThenGood(
      JSON.stringify(contactRecord(suite.tablet, suite.world.agentA, undefined)),
      'contact',
    );
    expect(error).toContain('sealed');
  });

  it.each([
    ['an offset without minutes', '2026-11-02T09:30:00+02'],
    ['a comma fraction', '2026-11-02T09:30:00,5Z'],
    ['an impossible day', '2024-02-31T09:30:00Z'],
    ['hour 24', '2026-11-02T24:00:00Z'],
  ])('a timestamp with %s is rejected', async (_label, createdAt) => {
    const { error } = await badThenGood(JSON.stringify(suite.encounter({ createdAt })));
    expect(error).toContain('createdAt');
    expect(error).toContain('date');
  });

  it.each(['__proto__', 'constructor'])('a %s key is rejected like any unknown field', async (key) => {
    const { error } = await badThenGood(withField(`"${key}":{"polluted":true}`));
    expect(error).toContain(key);
    expect(error).toContain('champ inconnu');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a mutation too big to keep whole is quarantined as a bounded excerpt', async () => {
    const { error, copy } = await badThenGood(withField(`"extra":${JSON.stringify('x'.repeat(1_500_000))}`));
    expect(error).toContain('champ inconnu');
    expect(copy).toMatchObject({ seq: 1, entity: 'encounter', op: 'upsert', truncated: true });
  });
});
