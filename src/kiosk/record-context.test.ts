import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../db/database';
import { DEFAULT_SETTINGS } from '../device/device-settings';
import { clearEnrolment, type Enrolment, saveEnrolment } from '../device/enrolment';
import { deviceSettings } from '../device/settings-store';
import { KIOSK_AGENT_ID } from '../shared/kiosk-agent';
import { saveAnonymousRecord } from './record-context';

const ENROLMENT = {
  deviceId: 'device-1',
  deviceToken: 'token',
  deviceName: 'Tablette 1',
  centre: { id: 'centre-1' },
  enrolledAt: '2026-01-01T00:00:00.000Z',
} as unknown as Enrolment;

const SURVEY = { context: 'guide', answers: { utile: 5, besoin_aide: 1 }, language: 'fr' };
const EVENT = { event: 'open', guideId: 'caf-aide-logement', language: 'fr', at: '2026-01-02T10:00:00.000Z' };

describe('anonymous kiosk records', () => {
  beforeEach(async () => {
    await clearEnrolment();
    const db = getDb();
    await Promise.all([db.kioskEvents.clear(), db.surveyResponses.clear(), db.outbox.clear()]);
    deviceSettings.value = { ...DEFAULT_SETTINGS };
  });

  it('records nothing on a tablet that is not enrolled', async () => {
    deviceSettings.value = { ...DEFAULT_SETTINGS, lastAgentId: 'agent-1' };
    expect(await saveAnonymousRecord('kiosk_event', EVENT)).toBe(false);
    expect(await getDb().kioskEvents.count()).toBe(0);
    expect(await getDb().outbox.count()).toBe(0);
  });

  it('records under the device and the kiosk pseudo-agent where no agent has unlocked yet', async () => {
    await saveEnrolment(ENROLMENT);
    deviceSettings.value = { ...DEFAULT_SETTINGS, lastAgentId: undefined };
    expect(await saveAnonymousRecord('survey_response', SURVEY)).toBe(true);
    const [row] = await getDb().surveyResponses.toArray();
    expect(row).toMatchObject({
      ...SURVEY,
      centreId: 'centre-1',
      deviceId: 'device-1',
      agentId: KIOSK_AGENT_ID,
    });
    const [entry] = await getDb().outbox.toArray();
    expect(entry).toMatchObject({ entity: 'survey_response', op: 'upsert', recordId: row!.id });
  });

  it('stores a valid record of the shared schema with its outbox entry, attributed to centre, device and agent', async () => {
    await saveEnrolment(ENROLMENT);
    deviceSettings.value = { ...DEFAULT_SETTINGS, lastAgentId: 'agent-1' };
    expect(await saveAnonymousRecord('kiosk_event', EVENT)).toBe(true);
    const [row] = await getDb().kioskEvents.toArray();
    expect(row).toMatchObject({
      ...EVENT,
      centreId: 'centre-1',
      deviceId: 'device-1',
      agentId: 'agent-1',
      rev: 1,
    });
    const [entry] = await getDb().outbox.toArray();
    expect(entry).toMatchObject({ entity: 'kiosk_event', op: 'upsert', recordId: row!.id });
  });

  it('refuses a record the server would reject (a field that is not in the schema) and stores nothing', async () => {
    await saveEnrolment(ENROLMENT);
    deviceSettings.value = { ...DEFAULT_SETTINGS, lastAgentId: 'agent-1' };
    await expect(saveAnonymousRecord('kiosk_event', { ...EVENT, query: 'carte vitale' })).rejects.toThrow();
    expect(await getDb().kioskEvents.count()).toBe(0);
  });
});
