import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseContacts } from '../dashboard-api/privacy/erase';
import { countOutcomes } from '../dashboard-api/sms/outcomes';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../test-support/sms-simulators/android-gateway';
import {
  addActivity,
  addContact,
  addProcedureEncounter,
  addSignup,
  CENTRE,
  seedSmsCentre,
} from '../test-support/sms-world';
import { handleInboundSms } from './inbound';
import { androidGateway } from './providers/android-gateway';
import { runSms } from './run';
import { saveSmsSettings } from './settings';

// Tuesday 1 December 2026, 10:00 in Paris (09:00 UTC).
const TUESDAY_10H = new Date('2026-12-01T09:00:00.000Z');
const AMINA = {
  firstName: 'Amina',
  lastName: 'Belkacem',
  phone: '06 12 34 56 78',
  language: 'fr',
  preferredChannel: 'sms',
} as const;
const JEAN = { firstName: 'Jean', phone: '07 98 76 54 32', language: 'en', preferredChannel: 'sms' } as const;

describe.each(DB_KINDS)('SMS on %s', (kind) => {
  let server: TestServer;
  let sim: AndroidGatewaySimulator;
  const provider = () =>
    Promise.resolve(androidGateway({ baseUrl: sim.url, login: sim.login, password: sim.password }));

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
  afterAll(() => vi.restoreAllMocks());

  it('a sign-up with sms consent gets exactly one reminder the day before; one without it gets none', async () => {
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    const yes = await addContact(server, AMINA, ['info_activites', 'sms']);
    const no = await addContact(server, JEAN, ['info_activites']);
    await addSignup(server, activity, yes);
    await addSignup(server, activity, no);

    const first = await runSms(server.deps, [CENTRE], { providerFor: provider });
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(first.reminders).toBe(1);
    expect(sim.received.map((m) => m.to)).toEqual(['+33612345678']);
    const text = sim.received[0]!.text;
    expect(text).toContain('demain 14:30');
    expect(text).toContain('Atelier tablette');
    expect(text).toContain('STOP');
    expect(text).not.toContain('Amina');
  });

  it('the reminder is planned only the day before the activity, not two days before', async () => {
    const activity = await addActivity(server, '2026-12-03T13:30:00.000Z');
    await addSignup(server, activity, await addContact(server, AMINA, ['info_activites', 'sms']));
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(0);
    server.setNow(new Date('2026-12-02T09:00:00.000Z'));
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(1);
  });

  it('sends nothing from 20:00 to 09:00 nor on Sundays, Paris time, then sends what waited', async () => {
    const activity = await addActivity(server, '2026-12-07T13:30:00.000Z'); // Monday
    await addSignup(server, activity, await addContact(server, AMINA, ['info_activites', 'sms']));
    server.setNow(new Date('2026-12-05T19:30:00.000Z')); // Saturday 20:30 Paris
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    server.setNow(new Date('2026-12-06T10:00:00.000Z')); // Sunday 11:00 Paris
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(0);
    server.setNow(new Date('2026-12-07T08:00:00.000Z')); // Monday 09:00 Paris
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(1);
  });

  it('without a provider nothing is sent and the queue shows the dry run', async () => {
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    await addSignup(server, activity, await addContact(server, AMINA, ['info_activites', 'sms']));
    const r = await runSms(server.deps, [CENTRE]);
    expect(r.dryRun).toBe(1);
    expect(sim.received).toHaveLength(0);
    const rows = await server.deps.database.db
      .selectFrom('sms_messages')
      .select(['status', 'params'])
      .execute();
    expect(rows.map((x) => x.status)).toEqual(['simulation']);
    expect(rows[0]!.params).not.toMatch(/612345678|Amina/);
  });

  it('« stop », « Stop. » or « ARRÊT » withdraws sms consent at once, is audited, confirmed once, and nothing more is sent', async () => {
    const a1 = await addActivity(server, '2026-12-02T13:30:00.000Z');
    const amina = await addContact(server, AMINA, ['info_activites', 'sms']);
    await addSignup(server, a1, amina);
    for (const word of ['stop', 'Stop.', 'ARRÊT']) {
      expect(await handleInboundSms(server.deps, CENTRE, '+33 6 12 34 56 78', word)).toBe('stop');
    }
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    // Only the confirmation went; the reminder planned afterwards is stopped.
    expect(sim.received).toHaveLength(1);
    expect(sim.received[0]!.text).toContain('vous ne recevrez plus de SMS');
    const statuses = await server.deps.database.db
      .selectFrom('sms_messages')
      .select(['purpose', 'status'])
      .orderBy('purpose')
      .execute();
    expect(statuses).toEqual([
      { purpose: 'confirmation_stop', status: 'envoye' },
      { purpose: 'rappel_activite', status: 'arrete' },
    ]);
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'sms.stop')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('asks « démarche faite ? » 30 days after a procedure; a « 3 » opens a follow-up and counts as bloquée', async () => {
    const amina = await addContact(server, AMINA, ['rappel', 'sms']);
    await addProcedureEncounter(server, amina, '2026-10-31T10:00:00.000Z');
    const noSms = await addContact(server, JEAN, ['rappel']);
    await addProcedureEncounter(server, noSms, '2026-10-31T10:00:00.000Z');
    const r = await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(r.questions).toBe(1);
    expect(sim.received).toHaveLength(1);
    expect(sim.received[0]!.text).toMatch(/Répondez 1 .* 2 .* 3/);
    expect(sim.received[0]!.text).not.toMatch(/caf|CAF/);

    expect(await handleInboundSms(server.deps, CENTRE, '0612345678', ' 3 ')).toBe('outcome');
    const follow = await server.deps.database.db.selectFrom('follow_ups').selectAll().execute();
    expect(follow).toEqual([expect.objectContaining({ contact_id: amina, status: 'a_faire' })]);
    const counts = await countOutcomes(server.deps.database.db, [CENTRE]);
    // One person: a small cell, shown as « moins de 5 » (null).
    expect(counts.total).toEqual({ abouti: 0, en_cours: 0, bloque: null });
    expect(counts.byInstitution).toEqual([{ id: 'caf', abouti: 0, en_cours: 0, bloque: null }]);
  });

  it('five « 1 » answers count as five démarches abouties, by institution, sub-theme and guide', async () => {
    const phones = ['0611111111', '0622222222', '0633333333', '0644444444', '0655555555'];
    for (const phone of phones) {
      const id = await addContact(server, { ...AMINA, phone }, ['rappel', 'sms']);
      await addProcedureEncounter(server, id, '2026-10-30T10:00:00.000Z');
    }
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    for (const phone of phones) await handleInboundSms(server.deps, CENTRE, phone, '1');
    const counts = await countOutcomes(server.deps.database.db, [CENTRE]);
    expect(counts.total).toEqual({ abouti: 5, en_cours: 0, bloque: 0 });
    expect(counts.bySubTheme).toEqual([{ id: 'social_sante', abouti: 5, en_cours: 0, bloque: 0 }]);
    expect(counts.byGuide).toEqual([{ id: 'caf-attestation-paiement', abouti: 5, en_cours: 0, bloque: 0 }]);
  });

  it('another reply goes to the follow-up queue as a note, its text kept wrapped, never in clear', async () => {
    const amina = await addContact(server, AMINA, ['rappel', 'sms']);
    expect(await handleInboundSms(server.deps, CENTRE, '0612345678', 'Merci je passe jeudi')).toBe('note');
    const [reply] = await server.deps.database.db.selectFrom('sms_replies').selectAll().execute();
    expect(reply!.contact_id).toBe(amina);
    expect(reply!.text_enc).not.toContain('jeudi');
    expect(server.deps.secrets.unwrap(reply!.text_enc)).toBe('Merci je passe jeudi');
    const [f] = await server.deps.database.db.selectFrom('follow_ups').selectAll().execute();
    expect(f!.comment).toContain('Réponse reçue par SMS');
    expect(f!.comment).not.toContain('jeudi');
  });

  it('a provider error is retried with back-off; a refusal fails in words; the daily cap defers the rest', async () => {
    const a1 = await addActivity(server, '2026-12-02T13:30:00.000Z');
    for (const c of [AMINA, JEAN])
      await addSignup(server, a1, await addContact(server, c, ['info_activites', 'sms']));
    await saveSmsSettings(
      server.deps,
      CENTRE,
      { provider: 'aucun', dailyCap: 1, outcomeDelayDays: 30 },
      null,
    );
    sim.failNext(503);
    const r1 = await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(r1.failed).toBe(1);
    expect(r1.deferred + r1.sent).toBe(1);
    const retry = await server.deps.database.db
      .selectFrom('sms_messages')
      .select(['status', 'last_error', 'send_after'])
      .where('attempts', '=', 1)
      .orderBy('send_after')
      .execute();
    expect(retry.find((x) => x.status === 'a_envoyer' && x.last_error)?.last_error).toContain(
      'ne répond pas correctement',
    );
    // 5 minutes later the retried one goes; the cap of 1 a day then holds the other.
    server.setNow(new Date(TUESDAY_10H.getTime() + 6 * 60_000));
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(1);
    server.setNow(new Date('2026-12-02T08:05:00.000Z'));
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    expect(sim.received).toHaveLength(2);
    expect(new Set(sim.received.map((m) => m.to)).size).toBe(2);
  });

  it('writes one audit entry per message and never logs a phone number or a text', async () => {
    const lines: string[] = [];
    for (const m of ['log', 'info', 'warn', 'error'] as const)
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      });
    const a1 = await addActivity(server, '2026-12-02T13:30:00.000Z');
    await addSignup(server, a1, await addContact(server, AMINA, ['info_activites', 'sms']));
    await runSms(server.deps, [CENTRE], { providerFor: provider });
    await server.app.request(`/api/v1/sms/inbound/android/${CENTRE}/wrong`, { method: 'POST', body: '{}' });
    await handleInboundSms(server.deps, CENTRE, '+33612345678', 'STOP');
    vi.restoreAllMocks();
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'sms.send')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/6\s?12\s?34|Amina/);
    expect(lines.join('\n')).not.toMatch(/6\s?12\s?34\s?56|Atelier tablette/);
  });
});

describe.each(DB_KINDS)('SMS and erasure on %s', (kind) => {
  it('erasing a contact removes its SMS queue rows and replies', async () => {
    const server = await createTestServer(kind);
    try {
      await seedSmsCentre(server);
      server.setNow(TUESDAY_10H);
      const amina = await addContact(server, AMINA, ['rappel', 'info_activites', 'sms']);
      await addSignup(server, await addActivity(server, '2026-12-02T13:30:00.000Z'), amina);
      await runSms(server.deps, [CENTRE]);
      await handleInboundSms(server.deps, CENTRE, '0612345678', 'Merci');
      const db = server.deps.database.db;
      expect((await db.selectFrom('sms_messages').selectAll().execute()).length).toBe(1);
      await db
        .transaction()
        .execute((trx) => eraseContacts(trx, [amina], { reason: 'gdpr', now: TUESDAY_10H }));
      expect(await db.selectFrom('sms_messages').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('sms_replies').selectAll().execute()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
