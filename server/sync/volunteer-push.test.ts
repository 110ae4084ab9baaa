// A volunteer (« bénévole / habitant-relais ») never records a contact, even through a hand-made
// push: the server refuses it in words (quarantine), keeps their anonymous encounters, and the
// figures count their accompaniments apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type PushResponse } from '../../src/shared/protocol';
import { computeFigures } from '../dashboard-api/figures/compute';
import { loadFigureInput } from '../dashboard-api/figures/load';
import { parsePeriod } from '../dashboard-api/period';
import { createAgent } from '../services/agents';
import { enrolDevice } from '../services/devices';
import { createEnrolCode } from '../services/enrol-codes';
import { newId } from '../services/ids';
import { type Client, seedCentres, signIn } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';

describe.each(DB_KINDS)('volunteers on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let token: string;
  let deviceId: string;
  let volunteer: string;
  let agent: string;
  let seq = 0;

  const base = (agentId: string) => ({
    id: newId(),
    centreId: 'centre-a',
    deviceId,
    agentId,
    createdAt: '2026-11-12T10:00:00.000Z',
    rev: 1,
  });
  const push = async (mutations: [string, Record<string, unknown>][]) => {
    const res = await server.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        protocol: PROTOCOL_VERSION,
        deviceId,
        mutations: mutations.map(([entity, record]) => ({ seq: ++seq, entity, op: 'upsert', record })),
      }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as PushResponse;
  };

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-20T10:00:00Z'));
    await seedCentres(server);
    const { db } = server.deps.database;
    coordA = await signIn(server, 'coord-a');
    const made = await coordA.send('POST', '/agents', {
      centreId: 'centre-a',
      displayName: 'Fatou (bénévole)',
      role: 'volunteer',
    });
    expect(made.status).toBe(201);
    volunteer = ((await made.json()) as { agent: { id: string } }).agent.id;
    agent = await createAgent(
      db,
      { centreId: 'centre-a', displayName: 'Samira', pin: '482915' },
      server.deps.now(),
    );
    const { code } = await createEnrolCode(
      db,
      server.deps.secrets,
      { centreId: 'centre-a' },
      server.deps.now(),
    );
    const e = await enrolDevice(db, server.deps.secrets, { code, deviceName: 'T' }, server.deps.now());
    token = e.deviceToken;
    deviceId = e.deviceId;
  });
  afterAll(() => server.close());

  it('the volunteer is pulled by the tablets with their role (they unlock with a PIN like an agent)', async () => {
    const pull = (await (
      await server.app.request('/api/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      changes: { entity: string; id: string; record?: { role: string; pinVerifier: unknown } }[];
    };
    const row = pull.changes.find((c) => c.entity === 'agent' && c.id === volunteer);
    expect(row?.record?.role).toBe('volunteer');
    expect(row?.record?.pinVerifier).toBeTruthy();
  });

  it('refuses a volunteer’s contact, sign-up, or encounter tied to a contact; keeps their anonymous encounters', async () => {
    const anonymous = {
      ...base(volunteer),
      type: 'individuel',
      themes: ['email'],
      actions: [{ kind: 'aide_sur_place' }],
    };
    const withContact = {
      ...base(volunteer),
      type: 'individuel',
      themes: ['email'],
      actions: [],
      contactId: newId(),
    };
    const callBack = {
      ...base(volunteer),
      type: 'individuel',
      themes: ['email'],
      actions: [{ kind: 'a_rappeler' }],
    };
    const contact = {
      ...base(volunteer),
      consentPurposes: ['rappel'],
      consentTextVersion: '2026-11',
      consentAt: '2026-11-12T10:00:00.000Z',
      retentionUntil: '2027-01-12T10:00:00.000Z',
    };
    const res = await push([
      ['encounter', anonymous],
      ['encounter', withContact],
      ['encounter', callBack],
      ['contact', contact],
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'rejected']);
    expect(res.results[1]?.error).toContain('bénévole');
    expect(res.results[3]?.error).toContain('bénévole');
  });

  it('counts the volunteers’ accompaniments apart in the figures', async () => {
    await push([['encounter', { ...base(agent), type: 'information', themes: ['email'], actions: [] }]]);
    const figures = (await (
      await coordA.get('/figures?from=2026-11-01&to=2026-11-30&centre=centre-a')
    ).json()) as {
      accompaniments: { total: number | string };
      volunteers: { accompaniments: number | string; peopleReached: number | string };
    };
    // 1 anonymous by the volunteer + 1 by the agent; the rejected ones are not records. Counts of
    // 1 to 4 people leave the server as « moins de 5 » (src/shared/small-cells.ts).
    expect(figures.accompaniments.total).toBe('moins_de_5');
    expect(figures.volunteers).toEqual({ accompaniments: 'moins_de_5', peopleReached: 'moins_de_5' });
    // The numbers behind the masked cells, as the route computes them before masking.
    const period = parsePeriod('2026-11-01', '2026-11-30', new Date('2026-12-01T12:00:00.000Z'));
    const raw = computeFigures(
      await loadFigureInput(server.deps.database.db, { centreIds: ['centre-a'], period }),
    );
    expect(raw.accompaniments.total).toBe(2);
    expect(raw.volunteers).toEqual({ accompaniments: 1, peopleReached: 1 });
  });
});
