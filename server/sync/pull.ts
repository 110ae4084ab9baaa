// What a tablet pulls (DESIGN.md "Sync"): the published rows of its centre and territory, merged
// across tables in change-version order, one page at a time.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PullChange } from '../../src/shared/protocol';
import { type Agent, REFERENCE_ENTITIES, type ReferenceEntity } from '../../src/shared/reference';
import type { DB } from '../db/schema';
import { centreRecord, loadCentre } from './centre-record';
import type { Cursor } from './cursor';
import { loadRosters } from './roster';
import { readTombstoneHorizon } from './tombstones';

export interface PullScope {
  deviceId: string;
  centreId: string;
}

export interface PullPage {
  changes: PullChange[];
  cursor: Cursor;
  hasMore: boolean;
  reset?: true;
}

const rankOf = (entity: ReferenceEntity) => REFERENCE_ENTITIES.indexOf(entity);

/** Rows strictly after the cursor, for a table whose entity has `rank`. */
function after(table: string, rank: number, c: Cursor): RawBuilder<boolean> {
  const version = sql.ref(`${table}.version`);
  const id = sql.ref(`${table}.id`);
  if (c.e === undefined || rank < c.e) return sql<boolean>`${version} > ${c.v}`;
  if (rank === c.e) return sql<boolean>`(${version} > ${c.v} or (${version} = ${c.v} and ${id} > ${c.i}))`;
  return sql<boolean>`${version} >= ${c.v}`;
}

function isAfter(version: number, rank: number, id: string, c: Cursor): boolean {
  if (version !== c.v) return version > c.v;
  if (c.e === undefined) return false;
  return rank > c.e || (rank === c.e && id !== c.i);
}

type Row = PullChange & { rank: number };

function change(
  entity: ReferenceEntity,
  id: string,
  version: number,
  record: unknown,
  deleted: boolean,
): Row {
  const row: Row = { entity, id, version, rank: rankOf(entity) };
  if (deleted) row.deleted = true;
  else row.record = record;
  return row;
}

/**
 * One page of changes after `cursor`. Only versions up to the change counter read first are
 * considered: the counter row is locked by every writer until it commits, so every row stamped
 * with a version at or below it is already visible and a page never skips a late commit.
 */
export async function readChanges(
  db: Kysely<DB>,
  scope: PullScope,
  cursor: Cursor,
  limit: number,
): Promise<PullPage> {
  const horizon = await readTombstoneHorizon(db);
  // A read from zero starts at today's horizon: deletions purged before it were never needed.
  // A cursor must reset only when the horizon moved past it after its read began.
  const readHorizon = cursor.v === 0 ? horizon : (cursor.h ?? 0);
  if (cursor.v > 0 && cursor.v < horizon && horizon > readHorizon) {
    return { changes: [], cursor: { v: 0 }, hasMore: false, reset: true };
  }
  const upTo = (
    await db.selectFrom('change_counter').select('version').where('id', '=', 1).executeTakeFirstOrThrow()
  ).version;
  // A cursor past the counter was made by a state this database no longer has (a restore from a
  // backup: the counter went back with it). Read "after" it, the tablet would skip every change
  // stamped up to it; a reset makes it read from zero, even an app that never learnt an epoch.
  if (cursor.v > upTo) return { changes: [], cursor: { v: 0 }, hasMore: false, reset: true };
  const take = limit + 1;
  const centre = await loadCentre(db, scope.centreId);
  if (!centre) throw new Error(`device centre ${scope.centreId} not found`);

  const [partners, activities, agents, commands, content, permanences] = await Promise.all([
    db
      .selectFrom('partners')
      .select(['id', 'version', 'data', 'deleted_at'])
      .where('territory_id', '=', centre.territory_id)
      .where(after('partners', rankOf('partner'), cursor))
      .where('version', '<=', upTo)
      .orderBy('version')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('activities')
      .select(['id', 'version', 'data', 'deleted_at'])
      .where('centre_id', '=', scope.centreId)
      .where(after('activities', rankOf('activity'), cursor))
      .where('version', '<=', upTo)
      .orderBy('version')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('agents')
      .select(['id', 'centre_id', 'display_name', 'role', 'pin_verifier', 'version', 'deleted_at'])
      .where('centre_id', '=', scope.centreId)
      .where(after('agents', rankOf('agent'), cursor))
      .where('version', '<=', upTo)
      .orderBy('version')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('device_commands')
      .select(['id', 'command', 'created_at', 'version'])
      .where('device_id', '=', scope.deviceId)
      .where(after('device_commands', rankOf('device_command'), cursor))
      .where('version', '<=', upTo)
      .orderBy('version')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('content_versions')
      .select(['version', 'etag', 'change_version'])
      .where('change_version', '<=', upTo)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('permanences')
      .select(['id', 'version', 'data', 'deleted_at'])
      .where('centre_id', '=', scope.centreId)
      .where(after('permanences', rankOf('permanence'), cursor))
      .where('version', '<=', upTo)
      .orderBy('version')
      .orderBy('id')
      .limit(take)
      .execute(),
  ]);

  const rosters = await loadRosters(
    db,
    scope.centreId,
    activities.filter((a) => a.deleted_at === null).map((a) => a.id),
  );
  const rows: Row[] = [
    ...partners.map((p) => change('partner', p.id, p.version, JSON.parse(p.data), p.deleted_at !== null)),
    ...activities.map((a) => {
      const record = { ...JSON.parse(a.data), roster: rosters.get(a.id) };
      return change('activity', a.id, a.version, record, a.deleted_at !== null);
    }),
    ...agents.map((a) => {
      const agent: Agent = {
        id: a.id,
        centreId: a.centre_id,
        displayName: a.display_name,
        role: a.role as Agent['role'],
        pinVerifier: JSON.parse(a.pin_verifier),
      };
      return change('agent', a.id, a.version, agent, a.deleted_at !== null);
    }),
    ...permanences.map((p) =>
      change('permanence', p.id, p.version, JSON.parse(p.data), p.deleted_at !== null),
    ),
    ...commands.map((d) =>
      change('device_command', d.id, d.version, { id: d.id, command: d.command, at: d.created_at }, false),
    ),
  ];
  if (centre.version <= upTo && isAfter(centre.version, rankOf('centre'), centre.id, cursor)) {
    rows.push(change('centre', centre.id, centre.version, centreRecord(centre), false));
  }
  if (content && isAfter(content.change_version, rankOf('content'), 'current', cursor)) {
    const pointer = { id: 'current', version: content.version, etag: content.etag };
    rows.push(change('content', 'current', content.change_version, pointer, false));
  }

  // Stable sort by (version, entity): inside one table the database's own id order is kept, the
  // same order its `id > …` comparison uses when the next page resumes.
  rows.sort((a, b) => a.version - b.version || a.rank - b.rank);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    changes: page.map(({ rank: _rank, ...c }) => c),
    cursor: last
      ? { v: last.version, e: last.rank, i: last.id, ...(readHorizon ? { h: readHorizon } : {}) }
      : cursor,
    hasMore: rows.length > limit,
  };
}
