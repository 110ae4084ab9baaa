// Applies one page of pulled changes and its cursor in ONE Dexie transaction (DESIGN.md "Sync"):
// a crash leaves either the whole page and its cursor, or neither. Side effects that live outside
// this database (the enrolment's centre, a wipe, the content bundle) are recorded here as state
// and carried out by the engine after the commit, so a crash in between cannot lose them.
import * as v from 'valibot';
import type { BorneDatabase } from '../db/database';
import { PermanenceSchema } from '../shared/permanences';
import type { PullChange } from '../shared/protocol';
import {
  ActivitySchema,
  AgentSchema,
  CentreSchema,
  ContentPointerSchema,
  DeviceCommandSchema,
  PartnerSchema,
  REFERENCE_ENTITIES,
} from '../shared/reference';

export interface ApplyResult {
  applied: number;
  /** Rows kept as they are because a local change to them waits in the outbox. */
  keptPending: number;
  /** Changes the tablet could not read (unknown entity, invalid record): skipped, counted. */
  skipped: number;
}

const TABLES = {
  partner: 'partners',
  activity: 'activities',
  agent: 'agents',
  permanence: 'permanences',
} as const;
const SCHEMAS = {
  partner: PartnerSchema,
  activity: ActivitySchema,
  agent: AgentSchema,
  permanence: PermanenceSchema,
} as const;

/**
 * Writes `changes` and moves the cursor to `cursor`, atomically. With `replace`, the reference
 * tables are emptied first (a `reset`: the server no longer knows our cursor).
 */
export async function applyPullPage(
  db: BorneDatabase,
  changes: readonly PullChange[],
  cursor: string,
  opts: { replace?: boolean } = {},
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, keptPending: 0, skipped: 0 };
  const tables = [db.partners, db.activities, db.agents, db.permanences];
  await db.transaction('rw', [...tables, db.syncState, db.outbox], async () => {
    if (opts.replace) await Promise.all(tables.map((table) => table.clear()));
    // PowerSync's rule: pulled data never overwrites a row that has a pending local change.
    const ids = [...new Set(changes.map((c) => c.id))];
    const pending = new Set(
      ids.length ? (await db.outbox.where('recordId').anyOf(ids).toArray()).map((e) => e.recordId) : [],
    );
    for (const change of changes) {
      if (pending.has(change.id)) {
        result.keptPending++;
        continue;
      }
      if (await applyChange(db, change)) result.applied++;
      else result.skipped++;
    }
    await db.syncState.put({ key: 'pull:cursor', value: cursor });
  });
  return result;
}

async function applyChange(db: BorneDatabase, change: PullChange): Promise<boolean> {
  const entity = change.entity as string;
  if (!(REFERENCE_ENTITIES as readonly string[]).includes(entity)) return false;
  switch (change.entity) {
    case 'partner':
    case 'activity':
    case 'agent':
    case 'permanence': {
      const table = db.table(TABLES[change.entity]);
      if (change.deleted) {
        await table.delete(change.id);
        return true;
      }
      const parsed = v.safeParse(SCHEMAS[change.entity], change.record);
      if (!parsed.success) return false;
      await table.put(parsed.output);
      return true;
    }
    case 'centre': {
      if (change.deleted) return true; // a centre is never deleted under an enrolled tablet
      const parsed = v.safeParse(CentreSchema, change.record);
      if (!parsed.success) return false;
      await db.syncState.put({ key: 'pull:centre', value: parsed.output });
      return true;
    }
    case 'device_command': {
      if (change.deleted) return true;
      const parsed = v.safeParse(DeviceCommandSchema, change.record);
      if (!parsed.success) return false;
      if (parsed.output.command === 'wipe')
        await db.syncState.put({ key: 'pull:wipe', value: { id: parsed.output.id, at: parsed.output.at } });
      return true;
    }
    case 'content': {
      if (change.deleted) return true;
      const parsed = v.safeParse(ContentPointerSchema, change.record);
      if (!parsed.success) return false;
      await db.syncState.put({ key: 'content:pointer', value: parsed.output });
      return true;
    }
  }
}
