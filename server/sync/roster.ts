// The roster an activity carries down to the tablets (issue 17): how many signed up, the cards of
// those who signed up with one, how many came and which cards were checked in — counts and card
// ids, never a name or a contact. A push that changes an activity's sign-ups or attendance stamps
// the activity with the push's change version, so the next pull brings the new roster.
import type { Kysely, Transaction } from 'kysely';
import type { Roster } from '../../src/shared/reference';
import type { DB } from '../db/schema';

const ROSTER_ENTITIES = ['signup', 'attendance'] as const;

interface RosterRecord {
  activityId?: string;
  passId?: string;
  count?: number;
}

/** Activity ids touched by these changed records (sign-ups and attendance, deleted ones too). */
export function rosterActivityIds(changed: { entity: string; data: Record<string, unknown> }[]): string[] {
  const ids = new Set<string>();
  for (const c of changed) {
    const activityId = c.data.activityId;
    if ((ROSTER_ENTITIES as readonly string[]).includes(c.entity) && typeof activityId === 'string')
      ids.add(activityId);
  }
  return [...ids];
}

/** Gives the centre's touched activities the push's change version (inside the push transaction). */
export async function touchRosters(
  trx: Transaction<DB>,
  centreId: string,
  activityIds: string[],
  version: number,
): Promise<void> {
  if (!activityIds.length) return;
  await trx
    .updateTable('activities')
    .set({ version })
    .where('centre_id', '=', centreId)
    .where('id', 'in', activityIds)
    .execute();
}

export function emptyRoster(): Roster {
  return { signedUp: 0, passIds: [], attended: 0, checkedIn: [] };
}

/** The rosters of `activityIds` of the centre, from the stored sign-ups and attendance. */
export async function loadRosters(
  db: Kysely<DB>,
  centreId: string,
  activityIds: string[],
): Promise<Map<string, Roster>> {
  const out = new Map<string, Roster>(activityIds.map((id) => [id, emptyRoster()]));
  if (!activityIds.length) return out;
  const rows = await db
    .selectFrom('records')
    .select(['entity', 'data'])
    .where('centre_id', '=', centreId)
    .where('entity', 'in', [...ROSTER_ENTITIES])
    .where('deleted', '=', 0)
    .execute();
  for (const row of rows) {
    const r = JSON.parse(row.data) as RosterRecord;
    const roster = r.activityId ? out.get(r.activityId) : undefined;
    if (!roster) continue;
    if (row.entity === 'signup') {
      // A card signed up twice (two tablets) is one person.
      if (!r.passId) roster.signedUp++;
      else if (!roster.passIds.includes(r.passId)) {
        roster.passIds.push(r.passId);
        roster.signedUp++;
      }
    } else if (!r.passId || !roster.checkedIn.includes(r.passId)) {
      roster.attended += r.count ?? 1;
      if (r.passId) roster.checkedIn.push(r.passId);
    }
  }
  for (const roster of out.values()) {
    roster.passIds.sort();
    roster.checkedIn.sort();
  }
  return out;
}
