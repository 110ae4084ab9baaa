// The heartbeat a push carries (src/shared/heartbeat.ts): checked apart from the mutations, so a
// heartbeat the server cannot read never fails the push; kept on the device row, last one wins.
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { type Heartbeat, HeartbeatSchema } from '../../src/shared/heartbeat';
import { describeIssues } from '../../src/shared/records';
import type { DB } from '../db/schema';

export type HeartbeatRead = { heartbeat?: Heartbeat; error?: string };

/** The push's heartbeat, if any; an unreadable one comes back as an error in words. */
export function readHeartbeat(value: unknown): HeartbeatRead {
  if (value === undefined) return {};
  const parsed = v.safeParse(HeartbeatSchema, value);
  if (!parsed.success) return { error: `Bilan de la tablette illisible — ${describeIssues(parsed.issues)}` };
  return { heartbeat: parsed.output };
}

export async function recordHeartbeat(
  db: Kysely<DB>,
  deviceId: string,
  heartbeat: Heartbeat,
  now: Date,
): Promise<void> {
  await db
    .updateTable('devices')
    .set({ heartbeat: JSON.stringify(heartbeat), heartbeat_at: now.toISOString() })
    .where('id', '=', deviceId)
    .execute();
}
