// The small-cell rule on the outcomes: a cell counting fewer than 5 people reads « moins de 5 » on
// the dashboard API and in the CSV and XLSX files (read back by a real parser); 5 and 0 are shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passIdFromBytes } from '../../../src/shared/pass';
import type { Signup } from '../../../src/shared/records';
import { newId } from '../../services/ids';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { AGENT, DEVICE, encounter, insertRecord } from '../../test-support/records';
import { parseCsv, unzip } from '../exports/test-parse';
import type { ProtectedOutcomes } from './outcomes-cells';

const A = 'centre-a';
const card = (n: number) => passIdFromBytes(new Uint8Array(16).fill(n));

describe.each(DB_KINDS)('a cell of fewer than 5 people shows « moins de 5 » on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  const query = 'from=2026-11-01&to=2026-11-30';

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    coordA = await signIn(server, 'coord-a');
    // Five cards met on the market in November; three of them signed up to the workshop.
    for (let n = 1; n <= 5; n++) {
      await insertRecord(
        server,
        'encounter',
        encounter({ centreId: A, createdAt: `2026-11-0${n}T09:00:00.000Z`, passId: card(n) }),
      );
      const signup: Signup = {
        id: newId(),
        centreId: A,
        deviceId: DEVICE,
        agentId: AGENT,
        createdAt: `2026-11-0${n}T09:05:00.000Z`,
        rev: 1,
        activityId: 'atelier-1',
        passId: card(n),
        at: `2026-11-0${n}T09:05:00.000Z`,
      };
      if (n <= 3) await insertRecord(server, 'signup', signup);
    }
  });
  afterAll(() => server.close());

  it('on the dashboard API: 5 met, « moins de 5 » signed up, 0 came', async () => {
    const o = (await (await coordA.get(`/figures/outcomes?${query}`)).json()) as ProtectedOutcomes;
    expect(o.funnel).toEqual({ met: 5, signedUp: 'moins_de_5', came: 0, cameBack: 0 });
    expect(o.peopleWithCard).toBe(5);
  });

  it('in the CSV, read back by a parser', async () => {
    const res = await coordA.get(`/exports/parcours.csv?${query}`);
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    const byStage = Object.fromEntries(rows.slice(1).map(([stage, people]) => [stage, people]));
    expect(byStage['Rencontrées (avec une carte)']).toBe('5');
    expect(byStage['… puis inscrites à un atelier']).toBe('moins de 5');
    expect(byStage['… puis venues']).toBe('0');
    expect(JSON.stringify(rows)).not.toMatch(/"3"/);
  });

  it('in the XLSX', async () => {
    const res = await coordA.get(`/exports/parcours.xlsx?${query}`);
    expect(res.status).toBe(200);
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const sheet = [...files]
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, x]) => x)
      .join('');
    expect(sheet).toContain('moins de 5');
    // Numbers are cells without a type; « 3 » never appears as one.
    expect(sheet).not.toMatch(/<c r="[A-Z]+\d+"><v>3<\/v><\/c>/);
  });

  it('in the CAF and FEDER reports: distinct people reached with a card', async () => {
    const caf = (await (await coordA.get(`/reports/caf?${query}`)).json()) as { peopleWithCard: unknown };
    const eu = (await (await coordA.get(`/reports/eu?${query}`)).json()) as { peopleWithCard: unknown };
    expect(caf.peopleWithCard).toBe(5);
    expect(eu.peopleWithCard).toBe(5);
    const csv = parseCsv(
      (await (await coordA.get(`/exports/caf.csv?${query}`)).text()).replace(/^\uFEFF/, ''),
    );
    expect(csv.find((r) => r[0]?.startsWith('Personnes distinctes touchées avec une carte'))?.[1]).toBe('5');
    const euCsv = parseCsv(
      (await (await coordA.get(`/exports/eu.csv?${query}`)).text()).replace(/^\uFEFF/, ''),
    );
    expect(euCsv.find((r) => r[0]?.startsWith('Personnes distinctes touchées avec une carte'))?.[4]).toBe(
      '5',
    );
  });
});
