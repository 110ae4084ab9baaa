// Coverage and the CAF hours equal a hand count of a small November (comments show the count).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../src/shared/dashboard-api/coverage';
import type { CafReport } from '../../../src/shared/dashboard-api/figures';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecord, outing } from '../../test-support/records';
import { parseCsv, unzip } from '../exports/test-parse';

const A = 'centre-a';
const NOV = 'from=2026-11-01&to=2026-11-30&centre=centre-a';

describe.each(DB_KINDS)('coverage and CAF hours equal a hand count on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let weekly: string;
  let once: string;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-30T12:00:00Z'));
    await seedCentres(server);
    coordA = await signIn(server, 'coord-a');
    const put = await coordA.send('PUT', '/neighbourhoods', {
      centreId: A,
      items: ['Wazemmes', 'Moulins', 'Lille-Sud', 'Bois-Blancs'].map((name) => ({ name, qpv: true })),
    });
    expect(put.status).toBe(200);
    const plan = async (body: Record<string, unknown>) => {
      const res = await coordA.send('POST', '/permanences', {
        centreId: A,
        placeKind: 'marche',
        placeLabel: 'Marché de Wazemmes',
        neighbourhood: 'Wazemmes',
        qpv: true,
        repeat: 'weekly',
        startTime: '09:00',
        endTime: '12:00',
        ...body,
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { item: { id: string } }).item.id;
    };
    // Thursdays 5, 12, 19, 26 November → 4 planned in Wazemmes.
    weekly = await plan({ date: '2026-11-05' });
    // Tuesday 10 November → 1 planned in Moulins; 3 December (future) → 0 in November in Lille-Sud.
    once = await plan({
      repeat: 'once',
      date: '2026-11-10',
      placeKind: 'hall_immeuble',
      placeLabel: 'Hall rue Jules-Guesde',
      neighbourhood: 'Moulins',
      startTime: '14:00',
      endTime: '16:00',
    });
    await plan({ repeat: 'once', date: '2026-12-03', neighbourhood: 'Lille-Sud', placeLabel: 'Lillenium' });

    const o1 = outing({
      centreId: A,
      createdAt: '2026-11-05T08:00:00.000Z',
      endedAt: '2026-11-05T11:00:00.000Z', // 3 h
      permanenceId: weekly,
      plannedDate: '2026-11-05',
    });
    const o2 = outing({
      centreId: A,
      createdAt: '2026-11-19T08:00:00.000Z',
      endedAt: '2026-11-19T10:30:00.000Z', // 2.5 h
      permanenceId: weekly,
      plannedDate: '2026-11-19',
    });
    const o3 = outing({
      centreId: A,
      createdAt: '2026-11-10T13:00:00.000Z',
      endedAt: '2026-11-10T15:00:00.000Z', // 2 h
      placeKind: 'accueil_administration', // a place kind of issue 11
      placeLabel: 'Accueil de la mairie de quartier',
      neighbourhood: 'Moulins',
      permanenceId: once,
      plannedDate: '2026-11-10',
    });
    // Lille-Sud: last visited 20 October (41 days before 30 November), outside the period.
    const o4 = outing({
      centreId: A,
      createdAt: '2026-10-20T09:00:00.000Z',
      endedAt: '2026-10-20T10:00:00.000Z',
      placeKind: 'centre_commercial',
      neighbourhood: 'Lille-Sud',
    });
    // Typed differently, not from the plan, never ended: an outing of 0 h, the last visit of Wazemmes.
    const o5 = outing({ centreId: A, createdAt: '2026-11-26T09:00:00.000Z', neighbourhood: ' wazemmes' });
    for (const o of [o1, o2, o3, o4, o5]) await insertRecord(server, 'outing', o);

    const e = (
      createdAt: string,
      outingId: string,
      rest: Parameters<typeof encounter>[0] extends infer B ? Partial<B> : never,
    ) => insertRecord(server, 'encounter', encounter({ centreId: A, createdAt, outingId, ...rest }));
    // Wazemmes: 3 individual in o1 + a group of 4 in o2 = 7 people over 5.5 h.
    await e('2026-11-05T08:30:00.000Z', o1.id, {
      institutions: ['caf'],
      durationMin: 30,
      equipment: ['tablette_borne'],
    });
    await e('2026-11-05T09:00:00.000Z', o1.id, {
      institutions: ['caf', 'ameli'],
      durationMin: 45,
      equipment: ['telephone_personne'],
    });
    await e('2026-11-05T10:00:00.000Z', o1.id, {
      durationMin: 15,
      equipment: ['tablette_borne', 'telephone_personne'],
    });
    await e('2026-11-19T09:00:00.000Z', o2.id, {
      type: 'collectif',
      participants: { count: 4 },
      durationMin: 60,
    });
    // Moulins: 1 information in o3 over 2 h.
    await e('2026-11-10T14:00:00.000Z', o3.id, {
      type: 'information',
      institutions: ['impots'],
      durationMin: 5,
    });
    // Outside the period: counts nowhere.
    await e('2026-10-20T09:30:00.000Z', o4.id, { institutions: ['caf'], durationMin: 90 });
  });
  afterAll(() => server.close());

  it('each QPV of the list: last visit, held vs planned, people per hour, not visited for 30 days', async () => {
    const res = await coordA.get(`/coverage?${NOV}`);
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as { rows: CoverageRow[] };
    const pick = (r: CoverageRow) => [
      r.neighbourhood,
      r.daysSinceLastVisit,
      r.notVisited,
      r.held,
      r.planned,
      r.outings,
      r.hours,
      r.peopleMet,
      r.peoplePerHour,
    ];
    expect(rows.map(pick)).toEqual([
      ['Bois-Blancs', null, true, 0, 0, 0, 0, 0, null], // never visited
      ['Lille-Sud', 41, true, 0, 0, 0, 0, 0, null], // 20 Oct → 30 Nov
      // 10 Nov; 1 person / 2 h = 0.5: one person, « moins de 5 », and so is the average made of them.
      ['Moulins', 20, false, 1, 1, 1, 2, 'moins_de_5', 'moins_de_5'],
      ['Wazemmes', 4, false, 2, 4, 3, 5.5, 7, 1.27], // 26 Nov; 7 / 5.5 = 1.27
    ]);
  });

  it('the CAF report shows hours of permanence and time per institution equal to the hand count', async () => {
    const caf = (await (await coordA.get(`/reports/caf?${NOV}`)).json()) as CafReport;
    // 3 + 2.5 + 2 = 7.5 h; o5 not ended (counted apart); o4 is October.
    expect(caf.hours.permanence.total).toBe(7.5);
    expect(caf.hours.permanence.notEnded).toBe(1);
    expect(caf.hours.permanence.byPlaceKind.marche).toBe(5.5);
    expect(caf.hours.permanence.byPlaceKind.accueil_administration).toBe(2);
    expect(caf.hours.permanence.byPlaceKind.hall_immeuble).toBe(0);
    expect(caf.hours.permanence.byNeighbourhood).toEqual([
      { neighbourhood: 'Wazemmes', hours: 5.5, outings: 2 },
      { neighbourhood: 'Moulins', hours: 2, outings: 1 },
    ]);
    // 30 + 45 + 15 + 60 + 5 = 155 min; CAF 30 + 45 = 75, ameli 45, impôts 5, none 15 + 60 = 75.
    expect(caf.hours.accompaniment.totalMin).toBe(155);
    expect(caf.hours.accompaniment.byInstitution.caf).toBe(75);
    expect(caf.hours.accompaniment.byInstitution.ameli).toBe(45);
    expect(caf.hours.accompaniment.byInstitution.impots).toBe(5);
    expect(caf.hours.accompaniment.withoutInstitutionMin).toBe(75);
    // The borne's tablet: e1, e3 (2, 45 min); the person's phone: e2, e3 (2, 60 min); 2 not said.
    // Accompaniments are people: 2 is « moins de 5 »; minutes are a duration and stay numbers.
    expect(caf.hours.equipment.count.tablette_borne).toBe('moins_de_5');
    expect(caf.hours.equipment.minutes.tablette_borne).toBe(45);
    expect(caf.hours.equipment.count.telephone_personne).toBe('moins_de_5');
    expect(caf.hours.equipment.minutes.telephone_personne).toBe(60);
    expect(caf.hours.equipment.notSaid).toBe('moins_de_5');
  });

  it('the CAF export (CSV and XLSX) carries the same hours as the report', async () => {
    const csv = parseCsv(await (await coordA.get(`/exports/caf.csv?${NOV}`)).text());
    const value = (name: string) => csv.find((r) => r[0] === name)?.[1];
    expect(value('Heures de permanence (total)')).toBe('7,5');
    expect(value('Sorties non terminées (heures non comptées)')).toBe('1');
    expect(value('Heures de permanence, type de lieu : Marché')).toBe('5,5');
    expect(value('Heures de permanence, type de lieu : Accueil d’une administration')).toBe('2');
    expect(value('Heures de permanence, type de lieu : Hall d’immeuble')).toBeUndefined(); // 0 h
    expect(value('Heures de permanence, quartier : Wazemmes')).toBe('5,5');
    expect(value('Heures de permanence, quartier : Moulins')).toBe('2');
    expect(value('Minutes d’accompagnement (total)')).toBe('155');
    expect(value('Minutes d’accompagnement, organisme : CAF')).toBe('75');
    expect(value('Minutes d’accompagnement, organisme : Ameli (Assurance maladie)')).toBe('45');
    expect(value('Minutes d’accompagnement sans organisme')).toBe('75');
    expect(value('Accompagnements avec : Tablette de la borne')).toBe('moins de 5');
    expect(value('Minutes d’accompagnement avec : Tablette de la borne')).toBe('45');
    expect(value('Accompagnements avec : Téléphone de la personne')).toBe('moins de 5');
    expect(value('Minutes d’accompagnement avec : Téléphone de la personne')).toBe('60');
    expect(value('Accompagnements sans matériel précisé')).toBe('moins de 5');
    expect(value('Accompagnements par des bénévoles')).toBe('0'); // no volunteer this November

    const xlsx = await coordA.get(`/exports/caf.xlsx?${NOV}`);
    const sheet = [...unzip(Buffer.from(await xlsx.arrayBuffer())).values()].join('\n');
    expect(sheet).toContain('Heures de permanence, quartier : Wazemmes');
    expect(sheet).toContain('Minutes d’accompagnement, organisme : CAF');
    expect(sheet).toMatch(/<v>7\.5<\/v>/); // a real number, not text
  });
});
