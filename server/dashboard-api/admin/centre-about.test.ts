import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/protocol';
import type { Centre } from '../../../src/shared/reference';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { parseCsv } from '../exports/test-parse';

const FUNDERS = 'Union européenne — FEDER\nCaf du Nord\nVille de Lille';

describe.each(DB_KINDS)('a centre’s « À propos » on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let token: string;

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
    token = (await enrolDevice(db, server.deps.secrets, { code, deviceName: 'T' }, server.deps.now()))
      .deviceToken;
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('is written per centre on the dashboard and pulled by the centre’s tablets', async () => {
    expect(await (await coordA.get('/centres/centre-a/about')).json()).toMatchObject({ about: {} });
    const res = await coordA.send('PUT', '/centres/centre-a/about', {
      purpose: '  Des guides pour vos démarches, au marché de Wazemmes.  ',
      funders: FUNDERS,
    });
    expect(res.status).toBe(200);
    const pull = (await (
      await server.app.request('/api/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as PullResponse;
    const centre = pull.changes.find((ch) => ch.entity === 'centre')?.record as Centre;
    expect(centre.about).toEqual({
      purpose: 'Des guides pour vos démarches, au marché de Wazemmes.',
      funders: FUNDERS,
    });
  });

  it('refuses another centre’s coordinator, and bad input, in words', async () => {
    const other = await coordB.send('PUT', '/centres/centre-a/about', { funders: 'X' });
    expect(other.status).toBe(404);
    const long = await coordA.send('PUT', '/centres/centre-a/about', { funders: 'x'.repeat(601) });
    expect(long.status).toBe(400);
    expect((await errorOf(long)).message).toContain('funders : 600 caractères au plus');
    const extra = await coordA.send('PUT', '/centres/centre-a/about', { funders: 'X', logo: 'y' });
    expect(extra.status).toBe(400);
    const notText = await coordA.send('PUT', '/centres/centre-a/about', { purpose: 12 });
    expect((await errorOf(notText)).message).toContain('purpose : texte attendu');
  });

  it('prints the funders’ block at the top of the CAF and FEDER exports, the table unchanged below', async () => {
    const csv = async (file: string) =>
      parseCsv(await (await coordA.get(`/exports/${file}?from=2026-01-01&to=2026-01-31`)).text());
    for (const file of ['caf.csv', 'eu.csv']) {
      await coordA.send('PUT', '/centres/centre-a/about', {});
      const plain = await csv(file);
      expect(plain[1]![0]).not.toBe('Centre A');
      await coordA.send('PUT', '/centres/centre-a/about', { funders: FUNDERS });
      const rows = await csv(file);
      // The file's title row stays first; the funders' block and a blank line come under it.
      expect(rows[0]).toEqual(plain[0]);
      expect(rows[1]).toEqual([
        'Centre A',
        'Avec le soutien de : Union européenne — FEDER ; Caf du Nord ; Ville de Lille',
      ]);
      expect(rows[2]).toEqual(['']);
      expect(rows.slice(3)).toEqual(plain.slice(1));
    }
  });
});
