// A kiosk record made before any agent unlocked the tablet is kept (issue 16, point 6): the
// server accepts the kiosk pseudo-agent for anonymous kiosk events and survey answers, and for
// nothing else (an encounter needs a real agent of the centre).
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_AGENT_ID } from '../../../src/shared/kiosk-agent';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../../test-support/sync';

describe.each(DB_KINDS)('the kiosk pseudo-agent on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  const base = () => ({
    id: uuidv7(),
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId: KIOSK_AGENT_ID,
    createdAt: '2026-11-02T09:30:00.000Z',
    rev: 1,
  });

  it('stores a survey answer and a kiosk event made before any agent unlocked, under the device', async () => {
    const survey = { ...base(), context: 'guide', answers: { utile: 5 }, language: 'fr' };
    const event = { ...base(), event: 'open', guideId: 'caf-prime', language: 'ar', at: survey.createdAt };
    const res = await pushRequest(fetcher, tablet, [
      { seq: 1, entity: 'survey_response', op: 'upsert', record: survey },
      { seq: 2, entity: 'kiosk_event', op: 'upsert', record: event },
    ]);
    const body = (await res.json()) as PushResponse;
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const rows = await server.deps.database.db
      .selectFrom('records')
      .select(['id', 'agent_id', 'device_id'])
      .where('id', 'in', [survey.id, event.id])
      .execute();
    expect(rows.map((r) => [r.agent_id, r.device_id])).toEqual([
      [KIOSK_AGENT_ID, tablet.deviceId],
      [KIOSK_AGENT_ID, tablet.deviceId],
    ]);
  });

  it('refuses the pseudo-agent on an encounter, in words', async () => {
    const res = await pushRequest(fetcher, tablet, [
      { seq: 3, entity: 'encounter', op: 'upsert', record: encounter(tablet, KIOSK_AGENT_ID) },
    ]);
    const body = (await res.json()) as PushResponse;
    expect(body.results[0]).toMatchObject({ status: 'rejected' });
    expect(body.results[0]!.error).toContain('n’est pas un agent de ce centre');
  });
});
