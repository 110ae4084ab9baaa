// Who anonymous kiosk records are attributed to: the tablet's centre and device (enrolment), and
// the agent who last unlocked the team space (DESIGN.md: every record carries centreId, deviceId,
// agentId). Where no agent has unlocked yet, they are recorded under the device and the kiosk
// pseudo-agent (src/shared/kiosk-agent.ts): a resident's answers are kept, not thanked and
// dropped. Only a tablet that is not enrolled records nothing (no centre, no server to send to).
import { getEnrolment } from '../device/enrolment';
import { deviceSettings } from '../device/settings-store';
import { clock } from '../platform/clock';
import { KIOSK_AGENT_ID } from '../shared/kiosk-agent';

export interface RecordContext {
  centreId: string;
  deviceId: string;
  agentId: string;
}

export async function recordContext(): Promise<RecordContext | undefined> {
  const agentId = deviceSettings.value.lastAgentId ?? KIOSK_AGENT_ID;
  const enrolment = await getEnrolment().catch(() => undefined);
  if (!enrolment) return undefined;
  return { centreId: enrolment.centre.id, deviceId: enrolment.deviceId, agentId };
}

/** Saves an anonymous record and its outbox entry; the database code loads only when needed. */
export async function saveAnonymousRecord(
  entity: 'kiosk_event' | 'survey_response',
  fields: Record<string, unknown>,
): Promise<boolean> {
  const ctx = await recordContext();
  if (!ctx) return false;
  const [{ getDb }, { writeWithOutbox }, { v7 }, v, { RECORD_SCHEMAS }] = await Promise.all([
    import('../db/database'),
    import('../db/outbox'),
    import('uuid'),
    import('valibot'),
    import('../shared/records'),
  ]);
  const now = clock.now();
  const record = v.parse(RECORD_SCHEMAS[entity], {
    id: v7(),
    ...ctx,
    createdAt: now.toISOString(),
    rev: 1,
    ...fields,
  }) as { id: string } & Record<string, unknown>;
  await writeWithOutbox(getDb(), entity, 'upsert', record, now);
  return true;
}
