// The new records of issue 17 (skills checks, attendance, sign-ups and encounters with a card,
// workshop feedback) go through the same push contract as the others: applied once, duplicates
// ignored, a bad one quarantined with its reason in words — on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passIdFromBytes } from '../../../src/shared/pass';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  contactRecord,
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../../test-support/sync';

const CARD = passIdFromBytes(new Uint8Array(16).fill(3));

describe.each(DB_KINDS)('skills checks, attendance and cards through the push contract on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  let seq = 1;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const base = (id: string) => ({
    id,
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId: world.agentA,
    createdAt: '2026-11-02T09:30:00.000Z',
    rev: 1,
  });
  async function pushOne(entity: string, record: Record<string, unknown>) {
    const res = await pushRequest(fetcher, tablet, [{ seq: seq++, entity, op: 'upsert', record }]);
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: { seq: number; status: string; error?: string }[] }).results[0]!;
  }
  const stored = async (id: string) =>
    server.deps.database.db
      .selectFrom('records')
      .select(['entity', 'data'])
      .where('id', '=', id)
      .executeTakeFirst();
  const quarantined = async () =>
    server.deps.database.db.selectFrom('quarantine').select(['entity', 'reason']).orderBy('id').execute();

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  it('stores a skills check and an attendance, and a repeated push changes nothing', async () => {
    const check = {
      ...base('019a3000-0000-7000-8000-000000000101'),
      passId: CARD,
      context: 'borne',
      items: { email: 'seul' },
      observed: ['email'],
    };
    expect(await pushOne('skills_check', check)).toEqual({ seq: 1, status: 'applied' });
    const attendance = {
      ...base('019a3000-0000-7000-8000-000000000102'),
      activityId: 'atelier-1',
      count: 3,
      at: '2026-11-02T14:00:00.000Z',
    };
    expect((await pushOne('attendance', attendance)).status).toBe('applied');
    expect(JSON.parse((await stored(check.id))!.data)).toEqual(check);
    const again = await pushRequest(fetcher, tablet, [
      { seq: 1, entity: 'skills_check', op: 'upsert', record: check },
    ]);
    expect(((await again.json()) as { results: { status: string }[] }).results[0]!.status).toBe('duplicate');
  });

  it('quarantines a check with an unknown answer or a bad card, an attendance of a card counting two', async () => {
    const bad = await pushOne('skills_check', {
      ...base('019a3000-0000-7000-8000-000000000103'),
      context: 'borne',
      items: { email: 'un_peu' },
      observed: [],
    });
    expect(bad.status).toBe('rejected');
    expect(bad.error).toMatch(/^Enregistrement invalide — items\.email : valeur refusée/);
    const two = await pushOne('attendance', {
      ...base('019a3000-0000-7000-8000-000000000104'),
      activityId: 'atelier-1',
      passId: CARD,
      count: 2,
      at: '2026-11-02T14:00:00.000Z',
    });
    expect(two.status).toBe('rejected');
    expect(two.error).toContain('une carte compte une personne');
    const badCard = await pushOne('skills_check', {
      ...base('019a3000-0000-7000-8000-000000000105'),
      passId: 'carte-de-marie',
      context: 'borne',
      items: { email: 'seul' },
      observed: [],
    });
    expect(badCard.error).toContain('passId : doit être un numéro de carte');
    expect((await quarantined()).map((q) => q.entity)).toEqual([
      'skills_check',
      'attendance',
      'skills_check',
    ]);
  });

  it('never ties a card to a name: an encounter or a sign-up with a card and a contact is quarantined', async () => {
    const contact = contactRecord(tablet, world.agentA, undefined, { consentPurposes: ['info_activites'] });
    const withBoth = await pushOne('encounter', {
      ...encounter(tablet, world.agentA),
      passId: CARD,
      contactId: contact.id,
    });
    expect(withBoth.status).toBe('rejected');
    expect(withBoth.error).toContain('une carte et un contact ne vont pas ensemble');
    const signup = await pushOne('signup', {
      ...base('019a3000-0000-7000-8000-000000000106'),
      activityId: 'atelier-1',
      passId: CARD,
      contactId: contact.id,
      at: '2026-11-02T09:31:00.000Z',
    });
    expect(signup.status).toBe('rejected');
    const neither = await pushOne('signup', {
      ...base('019a3000-0000-7000-8000-000000000107'),
      activityId: 'atelier-1',
      at: '2026-11-02T09:31:00.000Z',
    });
    expect(neither.error).toContain('une inscription demande un contact ou une carte');
    const byCard = await pushOne('signup', {
      ...base('019a3000-0000-7000-8000-000000000108'),
      activityId: 'atelier-1',
      passId: CARD,
      at: '2026-11-02T09:31:00.000Z',
    });
    expect(byCard.status).toBe('applied');
  });

  it('keeps workshop feedback with its activity and what people learnt', async () => {
    const feedback = {
      ...base('019a3000-0000-7000-8000-000000000109'),
      context: 'atelier',
      activityId: 'atelier-1',
      answers: { utile: 5 },
      learnt: ['email', 'appel_video'],
      language: 'ar',
    };
    expect((await pushOne('survey_response', feedback)).status).toBe('applied');
    expect(JSON.parse((await stored(feedback.id))!.data)).toMatchObject({
      activityId: 'atelier-1',
      learnt: ['email', 'appel_video'],
    });
  });
});
