import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { type OvhSimulator, startOvhSimulator } from '../test-support/sms-simulators/ovh';
import { addActivity, addContact, addSignup, CENTRE, seedSmsCentre } from '../test-support/sms-world';
import { ovhProvider } from './providers/ovh';
import { runSms } from './run';
import { providerFor, saveSmsSettings } from './settings';
import { webhookToken } from './webhook-routes';

const AMINA = {
  firstName: 'Amina',
  phone: '06 12 34 56 78',
  language: 'ar',
  preferredChannel: 'sms',
} as const;

describe('OVHcloud provider against the local simulator (signed HTTPS requests)', () => {
  let sim: OvhSimulator;
  beforeAll(async () => {
    sim = await startOvhSimulator();
  });
  afterAll(() => sim.close());

  it('sends a signed job tagged with our id, finds it again by tag, reads delivery and replies', async () => {
    const p = ovhProvider({ ...sim, host: sim.host, port: sim.port });
    const { providerMessageId } = await p.send({ ref: 'msg-1', to: '+33612345678', text: 'مرحبًا' });
    expect(sim.received).toEqual([
      expect.objectContaining({ tag: 'msg-1', to: '+33612345678', coding: '8bit' }),
    ]);
    expect(await p.alreadySent('msg-1')).toEqual({ providerMessageId });
    expect(await p.alreadySent('msg-2')).toBeUndefined();
    expect(await p.status(providerMessageId)).toBe('delivered');
    sim.reply('+33612345678', 'STOP');
    const replies = await p.fetchInbound();
    expect(replies.map((r) => [r.from, r.text])).toEqual([['+33612345678', 'STOP']]);
    await replies[0]!.ack();
    expect(sim.incomingLeft()).toBe(0);
  });

  it('a wrong secret is refused by the API and reported in words, not retried', async () => {
    const p = ovhProvider({ ...sim, appSecret: 'faux' });
    await expect(p.send({ ref: 'x', to: '+33600000000', text: 'x' })).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('refuse les identifiants'),
    });
  });
});

describe.each(DB_KINDS)('SMS settings and replies on %s', (kind) => {
  let server: TestServer;
  let sim: OvhSimulator;
  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedSmsCentre(server);
    server.setNow(new Date('2026-12-01T09:00:00.000Z'));
    sim = await startOvhSimulator();
  });
  afterAll(async () => {
    await sim.close();
    await server.close();
  });

  it('credentials are stored wrapped under the server secret and the stored provider sends', async () => {
    await saveSmsSettings(
      server.deps,
      CENTRE,
      {
        provider: 'ovh',
        dailyCap: 100,
        outcomeDelayDays: 30,
        config: {
          host: sim.host,
          port: sim.port,
          appKey: sim.appKey,
          appSecret: sim.appSecret,
          consumerKey: sim.consumerKey,
          serviceName: sim.serviceName,
        },
      },
      null,
    );
    const row = await server.deps.database.db
      .selectFrom('sms_settings')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.config_enc).not.toContain(sim.appSecret);
    expect((await providerFor(server.deps, CENTRE))?.kind).toBe('ovh');
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    await addSignup(server, activity, await addContact(server, AMINA, ['info_activites', 'sms']));
    const r = await runSms(server.deps, [CENTRE]);
    expect(r.sent).toBe(1);
    expect(sim.received.at(-1)!.text).toContain('STOP');
  });

  it('a STOP polled from OVHcloud withdraws consent and is deleted at the provider', async () => {
    sim.reply('+33612345678', 'stop');
    const r = await runSms(server.deps, [CENTRE]);
    expect(r.replies).toBe(1);
    expect(sim.incomingLeft()).toBe(0);
    const optouts = await server.deps.database.db.selectFrom('sms_optouts').selectAll().execute();
    expect(optouts).toHaveLength(1);
    expect(JSON.stringify(optouts)).not.toContain('612345678');
  });

  it('the Android gateway webhook needs the centre’s token and a readable event', async () => {
    const url = (token: string) => `/api/v1/sms/inbound/android/${CENTRE}/${token}`;
    const post = (token: string, body: string) =>
      server.app.request(url(token), {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json' },
      });
    const wrong = await post('faux', '{}');
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain(
      'n’est pas celle du centre',
    );
    expect((await post(webhookToken(server.deps, CENTRE), '{"event":')).status).toBe(400);
    const ok = await post(
      webhookToken(server.deps, CENTRE),
      JSON.stringify({
        event: 'sms:received',
        payload: { message: 'Merci', phoneNumber: '+33612345678', receivedAt: '2026-12-01T10:00:00Z' },
      }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, kind: 'note' });
    const big = await post(
      webhookToken(server.deps, CENTRE),
      JSON.stringify({ event: 'x', pad: 'x'.repeat(70_000) }),
    );
    expect(big.status).toBe(413);
  });
});
