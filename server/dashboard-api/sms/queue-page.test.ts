// The SMS page's API: each message read in the language it went in (kept wrapped, never in clear),
// and the « rappel » a coordinator asks from the follow-up queue. Against the gateway simulator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../services/users';
import { androidGateway } from '../../sms/providers/android-gateway';
import { runSms } from '../../sms/run';
import { type Client, PASSWORD, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../../test-support/sms-simulators/android-gateway';
import { addActivity, addContact, addSignup, CENTRE, seedSmsCentre } from '../../test-support/sms-world';

const TUESDAY_10H = new Date('2026-12-01T09:00:00.000Z');
const contact = (firstName: string, phone: string, language: 'fr' | 'en' | 'ar') =>
  ({ firstName, phone, language, preferredChannel: 'sms' }) as const;

interface QueueMessage {
  purpose: string;
  status: string;
  language: string;
  text: string;
}

describe.each(DB_KINDS)('SMS page on %s', (kind) => {
  let server: TestServer;
  let sim: AndroidGatewaySimulator;
  let coord: Client;
  const provider = () =>
    Promise.resolve(androidGateway({ baseUrl: sim.url, login: sim.login, password: sim.password }));
  const queue = async () =>
    ((await (await coord.get(`/sms?centre=${CENTRE}`)).json()) as { messages: QueueMessage[] }).messages;

  beforeEach(async () => {
    server = await createTestServer(kind);
    await seedSmsCentre(server);
    server.setNow(TUESDAY_10H);
    await createUser(
      server.deps.database.db,
      {
        login: 'coord-sms',
        name: 'Coordination',
        password: PASSWORD,
        role: 'coordinator',
        centreIds: [CENTRE],
      },
      server.deps.now(),
    );
    coord = await signIn(server, 'coord-sms');
    sim = await startAndroidGatewaySimulator();
  });
  afterEach(async () => {
    await sim.close();
    await server.close();
  });

  it('shows each message in the language it went in, the language kept wrapped in the row', async () => {
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    for (const [who, phone, lang] of [
      ['Amina', '06 12 34 56 78', 'fr'],
      ['John', '07 98 76 54 32', 'en'],
      ['Sara', '06 11 22 33 44', 'ar'],
    ] as const)
      await addSignup(
        server,
        activity,
        await addContact(server, contact(who, phone, lang), ['info_activites', 'sms']),
      );
    await runSms(server.deps, [CENTRE], { providerFor: provider });

    const sent = Object.fromEntries(sim.received.map((m) => [m.text, true]));
    const messages = await queue();
    expect(messages.map((m) => m.language).sort()).toEqual(['ar', 'en', 'fr']);
    for (const m of messages) expect(sent[m.text]).toBe(true); // the very words that went
    expect(messages.find((m) => m.language === 'en')!.text).toContain('reminder, tomorrow 14:30');
    expect(messages.find((m) => m.language === 'ar')!.text).toContain('تذكير، غدًا 14:30');
    const rows = await server.deps.database.db
      .selectFrom('sms_messages')
      .select(['params', 'language'])
      .execute();
    expect(JSON.stringify(rows)).not.toMatch(/"(en|ar)"/);
  });

  it('a « rappel » from the follow-up queue is queued once a day, each ask audited, and refused without consent', async () => {
    const yes = await addContact(server, contact('Amina', '06 12 34 56 78', 'en'), ['rappel', 'sms']);
    const no = await addContact(server, contact('Marc', '06 55 66 77 88', 'fr'), ['rappel']);
    const first = await coord.send('POST', `/follow-ups/${yes}/sms-rappel`);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ queued: true });
    expect(await (await coord.send('POST', `/follow-ups/${yes}/sms-rappel`)).json()).toMatchObject({
      queued: false,
    });
    const refused = await coord.send('POST', `/follow-ups/${no}/sms-rappel`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('accord');
    expect((await coord.send('POST', '/follow-ups/inconnu/sms-rappel')).status).toBe(404);

    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(1);
    expect(sim.received[0]!.text).toContain('the team would like to talk with you again');
    const [m] = await queue();
    expect(m).toMatchObject({ purpose: 'rappel', status: 'envoye', language: 'en' });
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'sms.rappel')
      .execute();
    expect(audit).toHaveLength(2); // each ask is in the journal, the one that queued and the one that did not
  });
});
