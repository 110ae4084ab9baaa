import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../test-support/sms-simulators/android-gateway';
import { addActivity, addContact, addSignup, CENTRE, seedSmsCentre } from '../test-support/sms-world';
import { androidGateway } from './providers/android-gateway';
import type { SmsProvider } from './providers/types';
import { runSms } from './run';

// Two passes on one database whose process clocks disagree: the first has claimed the message and
// is on its way to the provider; the second's clock runs 7 days ahead (or `sms-run --now` in the
// future). The claim's lease is read on the database's clock, so the second pass leaves the live
// claim alone and the message goes once.
const TUESDAY_10H = new Date('2026-12-01T09:00:00.000Z');
const WEEK_AHEAD = new Date(TUESDAY_10H.getTime() + 7 * 86_400_000);

describe.each(DB_KINDS)('SMS claim lease on %s', (kind) => {
  let server: TestServer;
  let sim: AndroidGatewaySimulator;
  afterEach(async () => {
    await sim.close();
    await server.close();
  });

  it('a pass whose clock is 7 days ahead does not take a live claim: the message is sent once', async () => {
    server = await createTestServer(kind);
    await seedSmsCentre(server);
    server.setNow(TUESDAY_10H);
    sim = await startAndroidGatewaySimulator();
    const real = androidGateway({ baseUrl: sim.url, login: sim.login, password: sim.password });
    // The first pass's request is slow to leave (a slow network): it has claimed, not yet sent.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let waiting = 0;
    const slow: SmsProvider = {
      kind: real.kind,
      send: async (m) => {
        waiting++;
        await gate;
        return real.send(m);
      },
      alreadySent: (ref) => real.alreadySent(ref),
      status: (id) => real.status(id),
      fetchInbound: () => real.fetchInbound(),
    };
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    await addSignup(
      server,
      activity,
      await addContact(
        server,
        { firstName: 'Amina', phone: '06 12 34 56 78', language: 'fr', preferredChannel: 'sms' },
        ['info_activites', 'sms'],
      ),
    );

    const first = runSms(server.deps, [CENTRE], { providerFor: () => Promise.resolve(slow) });
    for (let i = 0; i < 400 && waiting === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(waiting).toBe(1);
    const ahead = { ...server.deps, now: () => WEEK_AHEAD };
    await runSms(ahead, [CENTRE], { providerFor: () => Promise.resolve(real) });
    release();
    await first;

    expect(sim.received).toHaveLength(1);
    const rows = await server.deps.database.db.selectFrom('sms_messages').select(['status']).execute();
    expect(rows.map((r) => r.status)).toEqual(['envoye']);
  });
});
