// The small-cell rule (src/shared/small-cells.ts) on the figures page and the funders' reports, as
// they leave the server: in the hand-counted month of centre A (test-support/figures-month.ts), every
// count of 1 to 4 people is « moins de 5 » in the JSON, in the CSV read back by a real parser
// (csv-parse) and in the XLSX sheet; totals are summed before masking; 0 stays 0; counts of outings
// and of collective sessions (events, not people) stay numbers.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CafReport, EuReport, Figures } from '../../../src/shared/dashboard-api/figures';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { seedHandCountMonth } from '../../test-support/figures-month';
import { unzip } from '../exports/test-parse';

const PERIOD = 'from=2026-11-01&to=2026-11-30';
const m = 'moins_de_5';

const readCsv = (bytes: ArrayBuffer) =>
  parse(Buffer.from(bytes), { bom: true, delimiter: ';', relax_column_count: true }) as string[][];

/** The first sheet's rows as text, the way a spreadsheet shows them (numbers and inline strings). */
function sheetRows(xlsx: ArrayBuffer): string[][] {
  const files = unzip(Buffer.from(xlsx));
  const sheet = [...files].find(([name]) => name.startsWith('xl/worksheets/'))?.[1] ?? '';
  return [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map(([, row]) =>
    [...row!.matchAll(/<c [^>]*?(?:\/>|>(?:<v>(.*?)<\/v>|<is><t[^>]*>(.*?)<\/t><\/is>)<\/c>)/g)].map(
      ([, v, t]) => v ?? t ?? '',
    ),
  );
}

/** Counts that are not of people: outings and sessions (events), hours and minutes (durations),
 *  averages (1 to 5 by nature). */
const NOT_PEOPLE =
  /^(outings\.(total|byPlaceKind|qpv)|outings\.byNeighbourhood\.\d+\.outings|visits\.outings|accompaniments\.collectif$|hours\.permanence|hours\.accompaniment\.(totalMin|withoutInstitutionMin|byInstitution)|hours\.equipment\.minutes|survey\.byStatement\.\d+\.average)/;

/** Every number from 1 to 4 in a JSON answer that counts people, by its path. */
function smallNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return value > 0 && value < 5 && !NOT_PEOPLE.test(path) ? [path] : [];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => smallNumbers(v, path ? `${path}.${k}` : k));
  return [];
}

describe.each(DB_KINDS)('figures and reports under the small-cell rule on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let figures: Figures;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    await seedHandCountMonth(server);
    coordA = await signIn(server, 'coord-a');
    figures = (await (await coordA.get(`/figures?${PERIOD}`)).json()) as Figures;
  });
  afterAll(() => server.close());

  it('masks accompaniments and people reached from 1 to 4, totals summed before', () => {
    // 5 individual, 1 information, 1 session of 8: 7 accompaniments, 14 people, 3 first times.
    expect(figures.accompaniments).toEqual({
      total: 7,
      individuel: 5,
      collectif: 1, // one session: an event, not a person
      collectifParticipants: 8,
      information: m,
    });
    expect(figures.people).toEqual({ reached: 14, firstTime: m });
  });

  it('masks the needs, actions, orientations, profile and autonomy; 0 stays 0', () => {
    expect(figures.themes).toMatchObject({ aide_aux_demarches_administratives: m, email: m, bureautique: 0 });
    expect(figures.institutions).toMatchObject({ caf: m, ants: 0 });
    expect(figures.actions).toMatchObject({ orientation: m, rdv_centre: 0 });
    expect(figures.orientations.total).toBe(m);
    expect(figures.orientations.byPartner.map((p) => p.count)).toEqual([m, m]);
    expect(figures.profile.sex).toEqual({ feminin: 7, masculin: m, non_communique: m });
    expect(figures.profile.euAgeBand).toEqual({ moins_25: m, '25_54': m, '55_plus': 6, non_communique: m });
    expect(figures.autonomy).toMatchObject({ autonome: m });
    expect(JSON.stringify(figures.profile)).not.toMatch(/:[1-4][,}]/);
  });

  it('masks the people met by neighbourhood, not the outings there', () => {
    expect(figures.outings.total).toBe(4);
    expect(figures.outings.qpv).toEqual({ oui: 3, non: 1 });
    expect(figures.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Moulins', qpv: true, outings: 2, encounters: m },
      { neighbourhood: 'Wazemmes', qpv: true, outings: 1, encounters: m },
      { neighbourhood: 'Euralille', qpv: false, outings: 1, encounters: m },
    ]);
  });

  it('masks the survey answers and an average of fewer than 5 answers', () => {
    expect(figures.survey.responses).toBe(6);
    expect(figures.survey.byStatement.find((s) => s.statementId === 'utile')).toEqual({
      statementId: 'utile',
      average: m,
      answers: m,
      reversed: false,
    });
  });

  it('leaves no count of people at 1 to 4 anywhere in the answer', async () => {
    const caf = await (await coordA.get(`/reports/caf?${PERIOD}`)).json();
    const eu = await (await coordA.get(`/reports/eu?${PERIOD}`)).json();
    for (const answer of [figures, caf, eu]) expect(smallNumbers(answer)).toEqual([]);
    // The events and durations do keep their small numbers.
    expect(figures.outings.byPlaceKind.marche).toBe(1);
  });

  it('in the CAF and FEDER JSON', async () => {
    const caf = (await (await coordA.get(`/reports/caf?${PERIOD}`)).json()) as CafReport;
    expect(caf.accompaniments.information).toBe(m);
    expect(caf.visits).toEqual({ outings: 4, peopleReached: 14, firstTime: m });
    expect(caf.reasons[0]).toEqual({ institution: 'caf', count: m });
    expect(caf.reorientations.total).toBe(m);
    const eu = (await (await coordA.get(`/reports/eu?${PERIOD}`)).json()) as EuReport;
    expect(eu.participants).toBe(14);
    expect(eu.bySex).toEqual({ feminin: 7, masculin: m, non_communique: m });
    // 2 + 1 + 3 known together: the total 6 is shown though each of its parts is masked.
    expect(eu.total).toEqual({ feminin: m, masculin: m, non_communique: m, total: 6 });
    expect(eu.rows[3]).toEqual({
      ageBand: 'non_communique',
      feminin: 0,
      masculin: 0,
      non_communique: m,
      total: m,
    });
    expect(eu.collectifParticipants).toBe(8);
  });

  it('in the CAF CSV, read back by a real parser', async () => {
    const res = await coordA.get(`/exports/caf.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    const rows = readCsv(await res.arrayBuffer());
    const value = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(value('Accompagnements (total)')).toBe('7');
    expect(value('Ateliers collectifs')).toBe('1');
    expect(value('Informations rapides')).toBe('moins de 5');
    expect(value('Personnes touchées')).toBe('14');
    expect(value('Premiers accompagnements')).toBe('moins de 5');
    expect(value('Sorties (permanences hors les murs)')).toBe('4');
    expect(value('Motif : CAF')).toBe('moins de 5');
    expect(value('Réorientations (total)')).toBe('moins de 5');
    expect(value('Réorientation vers : CCAS de Lille')).toBe('moins de 5');
    // No count of people reads 1 to 4 anywhere but in the rows of durations, outings and sessions.
    const leaks = rows.filter(
      (r) => /^[1-4]$/.test(r[1] ?? '') && !/Heures|Minutes|Sorties|Ateliers collectifs$/.test(r[0] ?? ''),
    );
    expect(leaks).toEqual([]);
  });

  it('in the FEDER XLSX, opened', async () => {
    const res = await coordA.get(`/exports/eu.xlsx?${PERIOD}`);
    expect(res.status).toBe(200);
    const rows = sheetRows(await res.arrayBuffer());
    expect(rows.find((r) => r[0] === 'Total (sexe et âge connus ensemble)')).toEqual([
      'Total (sexe et âge connus ensemble)',
      'moins de 5',
      'moins de 5',
      'moins de 5',
      '6',
    ]);
    expect(rows.find((r) => r[0] === 'Tous les participants, par sexe')).toEqual([
      'Tous les participants, par sexe',
      '7',
      'moins de 5',
      'moins de 5',
      '14',
    ]);
    const counts = rows.slice(2).flatMap((r) => r.slice(1));
    expect(counts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
  });
});
