import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/protocol';
import type { CentreSettings } from '../../../src/shared/reference';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

describe.each(DB_KINDS)('dashboard partners, activities, settings and audit on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let admin: Client;
  let token: string;
  let partnerId: string;

  const pull = async () =>
    (await (
      await server.app.request('/api/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as PullResponse;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const { db } = server.deps.database;
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
    admin = await signIn(server, 'admin');
  });
  afterAll(() => server.close());

  it('adds a partner of the territory that tablets of the territory pull', async () => {
    const res = await coordA.send('POST', '/partners', {
      territoryId: 'sud',
      name: 'CCAS de Lille',
      redirectionKind: 'aide_sociale',
      themes: ['aide_aux_demarches_administratives'],
      phone: '03 20 00 00 00',
    });
    expect(res.status).toBe(201);
    partnerId = ((await res.json()) as { item: { id: string } }).item.id;
    const change = (await pull()).changes.find((ch) => ch.entity === 'partner' && ch.id === partnerId);
    expect(change?.record).toMatchObject({
      name: 'CCAS de Lille',
      territoryId: 'sud',
      phone: '03 20 00 00 00',
    });
    expect(
      (
        await coordB.send('POST', '/partners', {
          territoryId: 'sud',
          name: 'X',
          redirectionKind: 'autre',
          themes: [],
        })
      ).status,
    ).toBe(403);
    const bad = await coordA.send('POST', '/partners', {
      territoryId: 'sud',
      name: 'X',
      redirectionKind: 'banque',
      themes: [],
    });
    expect((await errorOf(bad)).message).toContain('redirectionKind');
  });

  it('updates and deletes a partner with a new change version; the tablet gets a tombstone', async () => {
    const before = (await pull()).changes.find((ch) => ch.id === partnerId)!.version;
    const put = await coordA.send('PUT', `/partners/${partnerId}`, {
      territoryId: 'sud',
      name: 'CCAS de Lille-Sud',
      redirectionKind: 'aide_sociale',
      themes: [],
    });
    expect(put.status).toBe(200);
    const updated = (await pull()).changes.find((ch) => ch.id === partnerId)!;
    expect(updated.version).toBeGreaterThan(before);
    expect((updated.record as { name: string }).name).toBe('CCAS de Lille-Sud');
    expect((await coordB.send('DELETE', `/partners/${partnerId}`)).status).toBe(404);
    expect((await coordA.send('DELETE', `/partners/${partnerId}`)).status).toBe(204);
    expect((await pull()).changes.find((ch) => ch.id === partnerId)?.deleted).toBe(true);
    const listed = (await (await coordA.get('/partners')).json()) as { items: { id: string }[] };
    expect(listed.items.some((p) => p.id === partnerId)).toBe(false);
  });

  it('manages the activity agenda of the centre', async () => {
    const res = await coordA.send('POST', '/activities', {
      centreId: 'centre-a',
      title: 'Atelier e-mail',
      startsAt: '2026-11-20T13:00:00.000Z',
      place: 'Salle 1',
      seats: 8,
    });
    expect(res.status).toBe(201);
    const { item } = (await res.json()) as { item: { id: string } };
    expect(
      (await pull()).changes.find((ch) => ch.entity === 'activity' && ch.id === item.id)?.record,
    ).toMatchObject({ title: 'Atelier e-mail', seats: 8 });
    expect(
      (
        await coordB.send('POST', '/activities', {
          centreId: 'centre-a',
          title: 'X',
          startsAt: '2026-11-20T13:00:00.000Z',
          place: 'X',
        })
      ).status,
    ).toBe(403);
    expect(((await (await coordB.get('/activities')).json()) as { items: unknown[] }).items).toEqual([]);
    const bad = await coordA.send('POST', '/activities', {
      centreId: 'centre-a',
      title: 'X',
      startsAt: 'demain',
      place: 'X',
    });
    expect((await errorOf(bad)).message).toContain('startsAt');
    expect((await coordA.send('DELETE', `/activities/${item.id}`)).status).toBe(204);
    expect((await pull()).changes.find((ch) => ch.id === item.id)?.deleted).toBe(true);
  });

  it('keeps contacts 24 months by default and 3 months for a call-back only, and saves new periods', async () => {
    const res = await coordA.get('/centres/centre-a/settings');
    const { settings } = (await res.json()) as { settings: CentreSettings };
    expect(settings.retention.monthsByPurpose).toEqual({
      rappel: 3,
      info_activites: 24,
      sms: 24,
      annonces_permanences: 24,
    });
    const put = await coordA.send('PUT', '/centres/centre-a/settings', {
      retention: { monthsByPurpose: { rappel: 6, info_activites: 12, sms: 12 } },
      kioskIdleSeconds: 120,
      agentLockSeconds: 240,
    });
    expect(put.status).toBe(200);
    const centre = (await pull()).changes.find((ch) => ch.entity === 'centre');
    expect((centre!.record as { settings: CentreSettings }).settings).toMatchObject({
      retention: { monthsByPurpose: { rappel: 6, info_activites: 12, sms: 12 } },
      kioskIdleSeconds: 120,
      consentTextVersion: '2026-11',
    });
    const bad = await coordA.send('PUT', '/centres/centre-a/settings', {
      retention: { monthsByPurpose: { rappel: 0, info_activites: 12, sms: 12 } },
      kioskIdleSeconds: 120,
      agentLockSeconds: 240,
    });
    expect((await errorOf(bad)).message).toContain('rappel');
    expect((await coordB.get('/centres/centre-a/settings')).status).toBe(404);
  });

  it('shows the audit log of the user’s centres; an admin sees every entry', async () => {
    const mine = (await (await coordA.get('/audit')).json()) as {
      items: { action: string; centreId: string | null; user: { name: string } }[];
    };
    expect(mine.items.length).toBeGreaterThan(0);
    // The Journal shows the entries of the user's centres, and the entries with no centre (sign-ins,
    // sign-outs, GDPR searches, exports) of the people working on them — never another centre's.
    expect(mine.items.filter((e) => e.centreId !== 'centre-a' && e.centreId !== null)).toEqual([]);
    expect(mine.items.map((e) => e.action)).toContain('settings.update');
    const theirs = (await (await coordB.get('/audit')).json()) as {
      items: { action: string; centreId: string | null }[];
    };
    expect(theirs.items.filter((e) => e.centreId !== 'centre-b' && e.centreId !== null)).toEqual([]);
    expect(theirs.items.map((e) => e.action)).not.toContain('settings.update');
    const all = (await (await admin.get('/audit?action=partner')).json()) as { items: { action: string }[] };
    expect(all.items.map((e) => e.action).sort()).toEqual([
      'partner.create',
      'partner.delete',
      'partner.update',
    ]);
  });
});
