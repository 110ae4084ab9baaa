// Pushes of one centre on the same days at once (issue 15, ingest): each adds to the same
// figure_counts rows, so on PostgreSQL they queue on those rows' locks. Every push must still be
// stored (no deadlock: each takes its count rows in one key order, whatever the order of its
// records), and the counts must be the sum of all of them — equal to a recount from the facts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  encounter,
  enrolTablet,
  listen,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
  type World,
} from '../test-support/sync';
import { recountFigures } from './counts-sql';

const TABLETS = 6;
const PUSHES = 3;
const PER_PUSH = 100;
// Two Paris days; half the tablets list the first day's records first, the others the second's.
const DAYS = ['2026-11-02T09:30:00.000Z', '2026-11-03T15:00:00.000Z'];
const THEMES = ['aide_aux_demarches_administratives', 'email', 'bureautique'] as const;
const INSTITUTIONS = ['caf', 'ameli', 'france_travail'] as const;

describe.each(DB_KINDS)('pushes of one centre and day at once on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let live: Awaited<ReturnType<typeof listen>>;
  const db = () => server.deps.database.db;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-04T10:00:00.000Z'));
    world = await seedWorld(server.deps);
    live = await listen(server.app);
  });
  afterAll(async () => {
    await live.close();
    await server.close();
  });

  const snapshot = async () =>
    (
      await db()
        .selectFrom('figure_counts')
        .select(['centre_id', 'span', 'day', 'kind', 'value', 'n', 'total'])
        .where('n', '<>', 0)
        .orderBy(['centre_id', 'span', 'day', 'kind', 'value'])
        .execute()
    ).map((r) => ({ ...r, n: Number(r.n), total: Number(r.total) }));

  it('stores every push and counts each record once, with no deadlock', { timeout: 120_000 }, async () => {
    const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
    const tablets: Tablet[] = [];
    for (let i = 0; i < TABLETS; i++)
      tablets.push(await enrolTablet(server.deps, http, world.centreA, `Tablette ${i}`));
    const statuses: number[] = [];
    await Promise.all(
      tablets.map(async (tablet, t) => {
        for (let p = 0; p < PUSHES; p++) {
          const records = Array.from({ length: PER_PUSH }, (_, i) => {
            const day = (i < PER_PUSH / 2 ? t : t + 1) % 2; // odd tablets: the second day first
            return encounter(tablet, world.agentA, {
              createdAt: DAYS[day],
              themes: [THEMES[(i + t) % THEMES.length]!],
              institutions: [INSTITUTIONS[(i + p) % INSTITUTIONS.length]!],
              durationMin: 10 + (i % 4) * 5,
            });
          });
          const res = await pushRequest(http, tablet, upserts(records, p * PER_PUSH + 1));
          statuses.push(res.status);
          if (res.status === 200) {
            const body = (await res.json()) as PushResponse;
            expect(body.results.every((r) => r.status === 'applied')).toBe(true);
          } else await res.body?.cancel();
        }
      }),
    );
    expect(statuses).toEqual(Array(TABLETS * PUSHES).fill(200));

    const kept = await snapshot();
    const perDay = kept.filter((r) => r.kind === 'type' && r.span === 'd').map((r) => [r.day, r.n]);
    const half = (TABLETS * PUSHES * PER_PUSH) / 2;
    expect(perDay).toEqual([
      ['2026-11-02', half],
      ['2026-11-03', half],
    ]);
    const month = kept.find((r) => r.kind === 'type' && r.span === 'm');
    expect(month).toMatchObject({ day: '2026-11-01', n: 2 * half, total: 2 * half });
    // Minutes summed over every record of every push, whichever push reached a row first.
    const minutes = kept.find((r) => r.kind === 'type_timed' && r.span === 'm');
    expect(minutes?.total).toBe(TABLETS * PUSHES * (PER_PUSH / 4) * (10 + 15 + 20 + 25));
    await recountFigures(db());
    expect(await snapshot()).toEqual(kept);
  });
});
