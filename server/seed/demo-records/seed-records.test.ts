import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../dashboard-api/figures/compute';
import { type Client, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { seedDemo } from '../demo';
import { type DemoRecordsResult, seedDemoRecords } from './seed-records';

describe.each(DB_KINDS)('demo records seed on %s', (kind) => {
  let server: TestServer;
  let result: DemoRecordsResult;
  let coordinator: Client;
  let demo: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    server = await createTestServer(kind); // clock: 2026-11-02
    demo = await seedDemo(
      server.deps.database.db,
      server.deps.secrets,
      server.deps.config.dataDir,
      server.deps.now(),
    );
    result = await seedDemoRecords(server.deps);
    coordinator = await signIn(server, demo.coordinator.login, demo.coordinator.password);
  }, 60_000);
  afterAll(() => server.close());

  it('pushes a month of valid records through the push service, none rejected', () => {
    expect(result.created).toBe(true);
    expect(result.from).toBe('2026-10-01');
    expect(result.to).toBe('2026-11-01');
    expect(result.rejected).toBe(0);
    expect(result.tally.outings).toBeGreaterThan(30);
    expect(result.tally.contacts).toBeGreaterThan(0);
  });

  it('gives dashboard figures equal to the seed’s own count', async () => {
    const f = (await (
      await coordinator.get(`/figures?from=${result.from}&to=${result.to}`)
    ).json()) as Figures;
    const t = result.tally;
    expect(f.outings.total).toBe(t.outings);
    expect(f.accompaniments).toEqual({
      total: t.encounters,
      individuel: t.individuel,
      collectif: t.collectif,
      collectifParticipants: t.collectifParticipants,
      information: t.information,
    });
    for (const [institution, n] of Object.entries(t.byInstitution))
      expect(f.institutions[institution as 'caf']).toBe(n);
    expect(f.kiosk.events).toBe(t.kioskEvents);
    expect(f.survey.responses).toBe(t.surveyResponses);
  });

  it('files every contact in the follow-up queue, with lookup hashes made by the server', async () => {
    const list = (await (await coordinator.get('/follow-ups?pageSize=200')).json()) as { total: number };
    expect(list.total).toBe(result.tally.contacts);
    const lookups = await server.deps.database.db.selectFrom('contact_lookup').select('contact_id').execute();
    expect(new Set(lookups.map((l) => l.contact_id)).size).toBe(result.tally.contacts);
  });

  it('has a territory coordinator who sees the territory, and an admin who sees every centre', async () => {
    const centresOf = async (login: { login: string; password: string } | undefined) => {
      const client = await signIn(server, login!.login, login!.password);
      return ((await (await client.get('/me')).json()) as { centres: { id: string; territoryId: string }[] })
        .centres;
    };
    const territory = await centresOf(demo.territoryCoordinator);
    expect(territory.map((c) => c.id)).toContain('arbrisseau');
    expect(territory.every((c) => c.territoryId === 'croissant-sud')).toBe(true);
    expect((await centresOf(demo.admin)).length).toBe(8);
  });

  it('reports the first run again instead of adding a second month', async () => {
    const again = await seedDemoRecords(server.deps);
    expect(again.created).toBe(false);
    expect(again.tally).toEqual(result.tally);
    const count = await server.deps.database.db
      .selectFrom('records')
      .select('id')
      .where('entity', '=', 'outing')
      .execute();
    expect(count.length).toBe(result.tally.outings);
  });
});
