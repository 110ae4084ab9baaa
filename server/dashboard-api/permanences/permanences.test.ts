import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/protocol';
import { createAgent } from '../../services/agents';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

const weekly = {
  centreId: 'centre-a',
  placeKind: 'marche',
  placeLabel: 'Marché de Wazemmes',
  neighbourhood: 'Wazemmes',
  qpv: true,
  commune: 'Lille',
  repeat: 'weekly',
  date: '2026-12-03',
  startTime: '09:00',
  endTime: '12:00',
};

describe.each(DB_KINDS)('planned permanences on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let token: string;
  let agentId: string;
  let permanenceId: string;

  const pull = async () =>
    (await (
      await server.app.request('/api/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as PullResponse;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-12-01T08:00:00Z'));
    await seedCentres(server);
    const { db } = server.deps.database;
    agentId = await createAgent(
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
    token = (await enrolDevice(db, server.deps.secrets, { code, deviceName: 'T' }, server.deps.now()))
      .deviceToken;
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('a permanence planned on the dashboard is pulled by the centre’s tablets', async () => {
    const res = await coordA.send('POST', '/permanences', { ...weekly, agentIds: [agentId] });
    expect(res.status).toBe(201);
    permanenceId = ((await res.json()) as { item: { id: string } }).item.id;
    const change = (await pull()).changes.find((c) => c.entity === 'permanence' && c.id === permanenceId);
    expect(change?.record).toEqual({ ...weekly, id: permanenceId, agentIds: [agentId] });
    const list = (await (await coordA.get('/permanences?centre=centre-a')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((p) => p.id)).toEqual([permanenceId]);
  });

  it('refuses in words a plan that cannot be: end before start, a false day, a person of another centre', async () => {
    const endFirst = await coordA.send('POST', '/permanences', {
      ...weekly,
      startTime: '12:00',
      endTime: '09:00',
    });
    expect(endFirst.status).toBe(400);
    expect((await errorOf(endFirst)).message).toContain('endTime');
    const badDay = await coordA.send('POST', '/permanences', { ...weekly, date: '2026-02-30' });
    expect((await errorOf(badDay)).message).toContain('date');
    const stranger = await coordA.send('POST', '/permanences', { ...weekly, agentIds: ['someone-else'] });
    expect((await errorOf(stranger)).message).toContain('agentIds');
    const badKind = await coordA.send('POST', '/permanences', { ...weekly, placeKind: 'plage' });
    expect((await errorOf(badKind)).message).toContain('placeKind');
    expect((await coordB.send('POST', '/permanences', weekly)).status).toBe(403);
    expect((await coordB.send('DELETE', `/permanences/${permanenceId}`)).status).toBe(404);
  });

  it('the public calendar of the centre lists the permanence, weekly, at 9 h Paris time, with no one named', async () => {
    const res = await server.app.request('/api/v1/centres/centre-a/permanences.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).not.toContain(agentId);
    expect(text).not.toContain('Samira');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.summary).toBe('Borne mobile : Marché de Wazemmes');
    expect(event.location).toBe('Marché de Wazemmes, Wazemmes, Lille');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T08:00:00.000Z');
    const it = event.iterator();
    const dates = [it.next(), it.next(), it.next()].map((d) => d!.toJSDate().toISOString());
    expect(dates).toEqual([
      '2026-12-03T08:00:00.000Z',
      '2026-12-10T08:00:00.000Z',
      '2026-12-17T08:00:00.000Z',
    ]);
    expect((await server.app.request('/api/v1/centres/inconnu/permanences.ics')).status).toBe(404);
  });

  it('a weekly permanence’s last day ends the feed’s repetition; summer dates keep 9 h', async () => {
    const res = await coordA.send('PUT', `/permanences/${permanenceId}`, {
      ...weekly,
      date: '2027-03-18',
      until: '2027-04-01',
    });
    expect(res.status).toBe(200);
    const text = await (await server.app.request('/api/v1/centres/centre-a/permanences.ics')).text();
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    const it = event.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toJSDate().toISOString());
    expect(dates).toEqual([
      '2027-03-18T08:00:00.000Z',
      '2027-03-25T08:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
    ]);
  });

  it('a deleted permanence leaves the feed and reaches the tablet as a deletion', async () => {
    expect((await coordA.send('DELETE', `/permanences/${permanenceId}`)).status).toBe(204);
    const change = (await pull()).changes.find((c) => c.entity === 'permanence' && c.id === permanenceId);
    expect(change?.deleted).toBe(true);
    const text = await (await server.app.request('/api/v1/centres/centre-a/permanences.ics')).text();
    expect(text).not.toContain('BEGIN:VEVENT');
  });
});
