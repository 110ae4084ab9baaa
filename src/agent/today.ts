// What the "Aujourd'hui" screen reads (inside a liveQuery, so it follows every save): the
// agent's encounters of the day, the current outing and its encounters, and the two tallies.
import type { BorneDatabase } from '../db/database';
import type { Encounter, Outing } from '../shared/records';
import { currentOuting } from './outings';
import { dayRange, type Tally, tally } from './tally';

export interface Today {
  encounters: Encounter[];
  outing: Outing | undefined;
  day: Tally;
  outingTally: Tally | undefined;
  /** Ids of encounters with a change still in the outbox (editable). */
  pending: Set<string>;
}

export async function loadToday(db: BorneDatabase, agentId: string, now: Date): Promise<Today> {
  const [start, end] = dayRange(now);
  const encounters = await db.encounters
    .where('[agentId+createdAt]')
    .between([agentId, start], [agentId, end], true, false)
    .reverse()
    .toArray();
  const outing = await currentOuting(db, agentId);
  const outingEncounters = outing ? await db.encounters.where('outingId').equals(outing.id).toArray() : [];
  // Indexed reads only: the outbox can hold days of changes when the network is away.
  const queuedContacts = await db.outbox.where('entity').equals('contact').toArray();
  const pendingContacts = new Set(queuedContacts.filter((q) => q.op === 'upsert').map((q) => q.recordId));
  const ids = encounters.map((e) => e.id);
  const queued = ids.length ? await db.outbox.where('recordId').anyOf(ids).toArray() : [];
  const pending = new Set(queued.map((q) => q.recordId));
  return {
    encounters,
    outing,
    day: tally(encounters, pendingContacts),
    outingTally: outing ? tally(outingEncounters, pendingContacts, true) : undefined,
    pending,
  };
}
