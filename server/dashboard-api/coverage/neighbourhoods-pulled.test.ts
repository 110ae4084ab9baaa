// The centre's list of neighbourhoods reaches its tablets with the centre (issue 16 point 9: the
// outing form suggests them offline): saving the list moves the centre's version, so a tablet that
// already pulled everything pulls the centre again, and only its own centre's list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/protocol';
import type { Centre } from '../../../src/shared/reference';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

describe.each(DB_KINDS)('the neighbourhood list pulled by tablets on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let token: string;

  const pull = async (cursor?: string) =>
    (await (
      await server.app.request(`/api/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as PullResponse;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const { db } = server.deps.database;
    const { code } = await createEnrolCode(
      db,
      server.deps.secrets,
      { centreId: 'centre-a' },
      server.deps.now(),
    );
    const enrolled = await enrolDevice(db, server.deps.secrets, { code, deviceName: 'T' }, server.deps.now());
    token = enrolled.deviceToken;
    expect(enrolled.centre.neighbourhoods).toBeUndefined(); // no list yet
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('comes with the centre after it is saved, to the tablets of that centre only', async () => {
    const first = await pull();
    const put = await coordA.send('PUT', '/neighbourhoods', {
      centreId: 'centre-a',
      items: [
        { name: 'Wazemmes', qpv: true },
        { name: 'Vieux-Lille', qpv: false },
      ],
    });
    expect(put.status).toBe(200);
    await coordB.send('PUT', '/neighbourhoods', {
      centreId: 'centre-b',
      items: [{ name: 'Alma', qpv: true }],
    });
    const next = await pull(first.cursor);
    const centres = next.changes.filter((ch) => ch.entity === 'centre');
    expect(centres.map((c) => c.id)).toEqual(['centre-a']);
    expect((centres[0]!.record as Centre).neighbourhoods).toEqual([
      { name: 'Vieux-Lille', qpv: false },
      { name: 'Wazemmes', qpv: true },
    ]);
  });
});
