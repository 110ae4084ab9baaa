// The needs beyond the digital and « À la maison » by neighbourhood equal a hand count of a small
// November (comments show the count), on SQLite and PostgreSQL; the exports carry the same cells,
// « moins de 5 » below 5, and no name; migration 013 refills what an older server left without them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourhoodNeeds } from '../../../src/shared/dashboard-api/neighbourhoods';
import { NEEDS } from '../../../src/shared/taxonomy';
import { up as migration013 } from '../../db/migrations/013_field_needs';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecord, outing } from '../../test-support/records';
import { parseCsv } from '../exports/test-parse';

const A = 'centre-a';
const NOV = 'from=2026-11-01&to=2026-11-30&centre=centre-a';
const M = 'moins_de_5';
const none = Object.fromEntries(NEEDS.map((n) => [n, 0]));
const noAnswer = { oui: 0, non: 0, non_communique: 0 };

describe.each(DB_KINDS)('needs and « À la maison » by neighbourhood equal a hand count on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-30T12:00:00Z'));
    await seedCentres(server);
    coordA = await signIn(server, 'coord-a');
    const w1 = outing({ centreId: A, createdAt: '2026-11-05T08:00:00.000Z', neighbourhood: 'Wazemmes' });
    // The same neighbourhood typed otherwise: one row, under the spelling most encounters have.
    const w2 = outing({ centreId: A, createdAt: '2026-11-12T08:00:00.000Z', neighbourhood: ' wazemmes' });
    const m = outing({ centreId: A, createdAt: '2026-11-10T13:00:00.000Z', neighbourhood: 'Moulins' });
    const oct = outing({ centreId: A, createdAt: '2026-10-20T09:00:00.000Z', neighbourhood: 'Lille-Sud' });
    for (const o of [w1, w2, m, oct]) await insertRecord(server, 'outing', o);
    const e = (
      createdAt: string,
      rest: Parameters<typeof encounter>[0] extends infer B ? Partial<B> : never,
    ) => insertRecord(server, 'encounter', encounter({ centreId: A, createdAt, ...rest }));
    // Wazemmes: 6 encounters (4 in w1, 2 in w2). Logement 5; isolement 2; santé 1.
    // Smartphone oui 5; ordinateur non 4, oui 1; internet non communiqué 1.
    const both = { smartphone: 'oui', ordinateur: 'non' } as const;
    await e('2026-11-05T08:30:00.000Z', {
      outingId: w1.id,
      needs: ['logement_bailleur', 'isolement'],
      profile: { atHome: { ...both, internet: 'non_communique' } },
    });
    await e('2026-11-05T09:00:00.000Z', {
      outingId: w1.id,
      needs: ['logement_bailleur', 'isolement'],
      profile: { atHome: both },
    });
    await e('2026-11-05T09:30:00.000Z', {
      outingId: w1.id,
      needs: ['logement_bailleur', 'sante'],
      profile: { atHome: both },
    });
    await e('2026-11-05T10:00:00.000Z', { outingId: w1.id, type: 'collectif', participants: { count: 8 } });
    await e('2026-11-12T08:30:00.000Z', {
      outingId: w2.id,
      needs: ['logement_bailleur'],
      profile: { atHome: both },
    });
    await e('2026-11-12T09:00:00.000Z', {
      outingId: w2.id,
      needs: ['logement_bailleur'],
      profile: { atHome: { smartphone: 'oui', ordinateur: 'oui' } },
    });
    // Moulins: 2 encounters; sécurité 1, cadre de vie 1.
    await e('2026-11-10T13:30:00.000Z', { outingId: m.id, needs: ['securite', 'cadre_de_vie'] });
    await e('2026-11-10T14:00:00.000Z', { outingId: m.id });
    // No outing: 1 encounter, alimentation 1.
    await e('2026-11-20T10:00:00.000Z', { needs: ['alimentation'] });
    // Counted nowhere: October, and centre B.
    await e('2026-10-20T09:30:00.000Z', { outingId: oct.id, needs: ['sante'] });
    await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-b',
        createdAt: '2026-11-05T08:30:00.000Z',
        needs: ['logement_bailleur'],
      }),
    );
  });
  afterAll(() => server.close());

  const expected = [
    {
      neighbourhood: 'Moulins',
      encounters: M, // 2
      needs: { ...none, securite: M, cadre_de_vie: M },
      atHome: { smartphone: noAnswer, ordinateur: noAnswer, internet: noAnswer },
    },
    {
      neighbourhood: 'Wazemmes',
      encounters: 6,
      needs: { ...none, logement_bailleur: 5, isolement: M, sante: M },
      atHome: {
        smartphone: { oui: 5, non: 0, non_communique: 0 },
        ordinateur: { oui: M, non: M, non_communique: 0 }, // 1 and 4
        internet: { oui: 0, non: 0, non_communique: M },
      },
    },
    {
      neighbourhood: null,
      encounters: M, // 1
      needs: { ...none, alimentation: M },
      atHome: { smartphone: noAnswer, ordinateur: noAnswer, internet: noAnswer },
    },
  ];

  it('counts each need and each « À la maison » answer by neighbourhood, « moins de 5 » below 5', async () => {
    const res = await coordA.get(`/figures/neighbourhoods?${NOV}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as NeighbourhoodNeeds;
    expect(body.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(body.rows).toEqual(expected);
  });

  it('exports the same cells as CSV, with no name and no id', async () => {
    const needs = parseCsv(await (await coordA.get(`/exports/besoins-quartiers.csv?${NOV}`)).text());
    expect(needs[0]![0]).toContain('du 01/11/2026 au 30/11/2026');
    expect(needs[1]).toEqual([
      'Quartier',
      'Rencontres',
      'Cadre de vie',
      'Logement, bailleur',
      'Sécurité',
      'Santé',
      'Alimentation',
      'Sport et loisirs',
      'Mobilité',
      'Isolement',
    ]);
    expect(needs.slice(2)).toEqual([
      ['Moulins', 'moins de 5', 'moins de 5', '0', 'moins de 5', '0', '0', '0', '0', '0'],
      ['Wazemmes', '6', '0', '5', '0', 'moins de 5', '0', '0', '0', 'moins de 5'],
      ['Quartier non connu (hors sortie)', 'moins de 5', '0', '0', '0', '0', 'moins de 5', '0', '0', '0'],
    ]);
    const home = parseCsv(await (await coordA.get(`/exports/equipement-maison.csv?${NOV}`)).text());
    expect(home[1]!.slice(0, 5)).toEqual([
      'Quartier',
      'Rencontres',
      'Smartphone : oui',
      'Smartphone : non',
      'Smartphone : non communiqué',
    ]);
    const waz = home.find((r) => r[0] === 'Wazemmes')!;
    expect(waz.slice(1)).toEqual([
      '6',
      '5',
      '0',
      '0',
      'moins de 5',
      'moins de 5',
      '0',
      '0',
      '0',
      'moins de 5',
    ]);
    const text = JSON.stringify([needs, home]);
    expect(text).not.toMatch(/agent|[0-9a-f]{8}-[0-9a-f]{4}-/i);
    const xlsx = await coordA.get(`/exports/besoins-quartiers.xlsx?${NOV}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('migration 013 refills the needs of encounters stored without them', async () => {
    const db = server.deps.database.db;
    // As an older server left them: the encounters' facts without the new kinds.
    await db
      .deleteFrom('record_values')
      .where('kind', 'in', ['need', 'at_home_smartphone', 'at_home_ordinateur', 'at_home_internet'])
      .execute();
    const empty = (await (await coordA.get(`/figures/neighbourhoods?${NOV}`)).json()) as NeighbourhoodNeeds;
    expect(empty.rows.find((r) => r.neighbourhood === 'Wazemmes')?.needs.logement_bailleur).toBe(0);
    await migration013(db);
    const body = (await (await coordA.get(`/figures/neighbourhoods?${NOV}`)).json()) as NeighbourhoodNeeds;
    expect(body.rows).toEqual(expected);
  });
});
