// The announcement of the borne's next visit in a contact's neighbourhood (issue 12), against the
// Android gateway simulator, on each database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../test-support/sms-simulators/android-gateway';
import { addContact, addPermanence, CENTRE, seedSmsCentre } from '../test-support/sms-world';
import { handleInboundSms } from './inbound';
import { androidGateway } from './providers/android-gateway';
import { runSms } from './run';

// Tuesday 1 December 2026, 10:00 in Paris; the weekly permanence is on Wednesdays from 2 December.
const TUESDAY_10H = new Date('2026-12-01T09:00:00.000Z');
const WEDNESDAY = '2026-12-02';
const person = (firstName: string, phone: string, language: 'fr' | 'en' | 'ar', neighbourhood?: string) => ({
  firstName,
  phone,
  language,
  preferredChannel: 'sms' as const,
  ...(neighbourhood ? { neighbourhood } : {}),
});

describe.each(DB_KINDS)('announcements of the borne on %s', (kind) => {
  let server: TestServer;
  let sim: AndroidGatewaySimulator;
  const provider = () =>
    Promise.resolve(androidGateway({ baseUrl: sim.url, login: sim.login, password: sim.password }));
  const run = () => runSms(server.deps, [CENTRE], { providerFor: provider });

  beforeEach(async () => {
    server = await createTestServer(kind);
    await seedSmsCentre(server);
    server.setNow(TUESDAY_10H);
    sim = await startAndroidGatewaySimulator();
  });
  afterEach(async () => {
    await sim.close();
    await server.close();
  });

  it('tells each contact who asked, the day before, in their neighbourhood only, once, in their language', async () => {
    await addPermanence(server, { neighbourhood: 'Fives', placeLabel: 'Marché de Fives', date: WEDNESDAY });
    await addPermanence(server, {
      neighbourhood: 'Fives',
      placeLabel: 'Parvis Saint-Sacrement',
      date: WEDNESDAY,
    });
    await addContact(server, person('Amina', '06 12 34 56 78', 'fr', 'fives'), ['annonces_permanences']);
    await addContact(server, person('John', '07 98 76 54 32', 'en', ' FIVES '), [
      'annonces_permanences',
      'sms',
    ]);
    await addContact(server, person('Sara', '06 11 22 33 44', 'ar', 'Moulins'), ['annonces_permanences']);
    // A neighbourhood without the consent (a tablet never seals it so; the planner must not use it).
    await addContact(server, person('Marc', '06 55 66 77 88', 'fr', 'Fives'), ['sms']);

    const first = await run();
    const second = await run();
    expect(first.announcements).toBe(2);
    expect(second.announcements).toBe(0);
    const got = Object.fromEntries(sim.received.map((m) => [m.to, m.text]));
    expect(Object.keys(got).sort()).toEqual(['+33612345678', '+33798765432']);
    // The first permanence of the day in that neighbourhood, its public words only, and how to stop.
    expect(got['+33612345678']).toBe(
      'Centre social Marcel Bertrand : la borne numérique revient demain de 09:30 à 12:00, Marché de Fives. Pour ne plus recevoir de SMS, répondez STOP.',
    );
    expect(got['+33798765432']).toMatch(
      /^Centre social Marcel Bertrand: .*tomorrow from 09:30 to 12:00.*reply STOP\.$/,
    );
  });

  it('plans nothing two days before, and the weekly permanence again the next week', async () => {
    await addPermanence(server, {
      neighbourhood: 'Fives',
      placeLabel: 'Marché de Fives',
      date: '2026-12-03',
    });
    await addContact(server, person('Amina', '06 12 34 56 78', 'fr', 'Fives'), ['annonces_permanences']);
    expect((await run()).announcements).toBe(0);
    server.setNow(new Date('2026-12-02T09:00:00.000Z'));
    expect((await run()).announcements).toBe(1);
    server.setNow(new Date('2026-12-09T09:00:00.000Z'));
    expect((await run()).announcements).toBe(1);
    expect(sim.received).toHaveLength(2);
  });

  it('a contact who answered STOP is told nothing more, and the Arabic text ends with STOP', async () => {
    await addPermanence(server, {
      neighbourhood: 'Moulins',
      placeLabel: 'Maison de quartier',
      date: WEDNESDAY,
    });
    await addContact(server, person('Sara', '06 11 22 33 44', 'ar', 'Moulins'), ['annonces_permanences']);
    server.setNow(new Date('2026-11-24T09:00:00.000Z')); // the week before
    await addPermanence(server, {
      neighbourhood: 'Moulins',
      placeLabel: 'Maison de quartier',
      date: '2026-11-25',
      repeat: 'once',
    });
    await run();
    expect(sim.received).toHaveLength(1);
    expect(sim.received[0]!.text).toMatch(/غدًا من 09:30 إلى 12:00.*STOP\.$/);
    expect(await handleInboundSms(server.deps, CENTRE, '+33611223344', 'Stop')).toBe('stop');
    server.setNow(TUESDAY_10H);
    await run();
    const texts = sim.received.map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('لن تصلكم رسائل');
  });

  it('the server keeps no neighbourhood in clear: only its keyed hash beside the sealed contact', async () => {
    await addPermanence(server, { neighbourhood: 'Fives', placeLabel: 'Marché', date: WEDNESDAY });
    await addContact(server, person('Amina', '06 12 34 56 78', 'fr', 'Fives'), ['annonces_permanences']);
    await run();
    const db = server.deps.database.db;
    const stored = JSON.stringify([
      await db.selectFrom('records').selectAll().where('entity', '=', 'contact').execute(),
      await db.selectFrom('contact_lookup').selectAll().execute(),
      await db.selectFrom('sms_messages').selectAll().execute(),
    ]);
    expect(stored).not.toMatch(/fives/i);
    expect(sim.received).toHaveLength(1);
  });
});
