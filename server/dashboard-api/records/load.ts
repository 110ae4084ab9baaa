// Reads records of the scope from the `records` table. SQL narrows by the typed columns (centre,
// entity, time, agent); the JSON body is parsed here and filtered in memory by the callers, which
// keeps the queries identical on SQLite and PostgreSQL. A centre's month is a few thousand rows.
import type { Kysely } from 'kysely';
import { KIOSK_AGENT_ID, KIOSK_AGENT_NAME } from '../../../src/shared/kiosk-agent';
import type { Contact, Encounter, Outing, RecordEntity } from '../../../src/shared/records';
import type { DB } from '../../db/schema';
import { currentContent } from '../../services/content';
import { inIds } from '../scope';

export interface StoredRecord<T> {
  id: string;
  centreId: string;
  agentId: string;
  deviceId: string;
  createdAt: string;
  receivedAt: string;
  retentionUntil: string | null;
  record: T;
}

export interface RecordQuery {
  centreIds: string[];
  /** [startIso, endIso) on the record's createdAt. */
  startIso?: string;
  endIso?: string;
  agentIds?: string[] | undefined;
}

const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

type Row = DB['records'];

function toStored<T>(
  row: Pick<
    Row,
    'id' | 'centre_id' | 'agent_id' | 'device_id' | 'created_at' | 'received_at' | 'retention_until' | 'data'
  >,
): StoredRecord<T> {
  return {
    id: row.id,
    centreId: row.centre_id,
    agentId: row.agent_id,
    deviceId: row.device_id,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    retentionUntil: row.retention_until,
    record: JSON.parse(row.data) as T,
  };
}

const COLUMNS = [
  'id',
  'centre_id',
  'agent_id',
  'device_id',
  'created_at',
  'received_at',
  'retention_until',
  'data',
] as const;

export async function loadRecords<T>(
  db: Kysely<DB>,
  entity: RecordEntity,
  q: RecordQuery,
): Promise<StoredRecord<T>[]> {
  if (!q.centreIds.length) return [];
  let query = db
    .selectFrom('records')
    .select(COLUMNS)
    .where('entity', '=', entity)
    .where('deleted', '=', 0)
    .where((eb) => inIds(eb, 'centre_id', q.centreIds));
  if (q.startIso) query = query.where('created_at', '>=', q.startIso);
  if (q.endIso) query = query.where('created_at', '<', q.endIso);
  if (q.agentIds?.length) query = query.where('agent_id', 'in', q.agentIds);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => toStored<T>(r));
}

/** Records by id, limited to the scope (an id of another centre is simply not returned). */
export async function loadRecordsById<T>(
  db: Kysely<DB>,
  entity: RecordEntity,
  ids: string[],
  centreIds: string[],
): Promise<Map<string, StoredRecord<T>>> {
  const out = new Map<string, StoredRecord<T>>();
  if (!centreIds.length) return out;
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('records')
      .select(COLUMNS)
      .where('entity', '=', entity)
      .where('deleted', '=', 0)
      .where('id', 'in', part)
      .where((eb) => inIds(eb, 'centre_id', centreIds))
      .execute();
    for (const r of rows) out.set(r.id, toStored<T>(r));
  }
  return out;
}

export async function loadRecord<T>(
  db: Kysely<DB>,
  entity: RecordEntity,
  id: string,
  centreIds: string[],
): Promise<StoredRecord<T> | undefined> {
  return (await loadRecordsById<T>(db, entity, [id], centreIds)).get(id);
}

/** The French title of each published guide, by id (a guide no longer published keeps no title). */
function guideTitles(bundleJson: string | undefined): Map<string, string> {
  if (!bundleJson) return new Map();
  const bundle = JSON.parse(bundleJson) as { guides?: { id: string; title?: { fr?: string } }[] };
  return new Map((bundle.guides ?? []).map((g) => [g.id, g.title?.fr ?? '']));
}

/** Names of agents, partners, activities, centres and guides by id (for lists and exports). */
export async function loadNames(db: Kysely<DB>) {
  const [agents, partners, activities, centres, content] = await Promise.all([
    db.selectFrom('agents').select(['id', 'display_name']).execute(),
    db.selectFrom('partners').select(['id', 'name']).execute(),
    db.selectFrom('activities').select(['id', 'data']).execute(),
    db.selectFrom('centres').select(['id', 'name', 'territory_id']).execute(),
    currentContent(db),
  ]);
  return {
    agents: new Map([
      ...agents.map((a): [string, string] => [a.id, a.display_name]),
      // Kiosk records saved before any agent unlocked the tablet carry the kiosk pseudo-agent.
      [KIOSK_AGENT_ID, KIOSK_AGENT_NAME],
    ]),
    guides: guideTitles(content?.bundleJson),
    partners: new Map(partners.map((p) => [p.id, p.name])),
    activities: new Map(
      activities.map((a) => [a.id, (JSON.parse(a.data) as { title?: string }).title ?? a.id]),
    ),
    centres: new Map(centres.map((c) => [c.id, c.name])),
  };
}
export type Names = Awaited<ReturnType<typeof loadNames>>;

export type EncounterRecord = StoredRecord<Encounter>;
export type OutingRecord = StoredRecord<Outing>;
export type ContactRecord = StoredRecord<Contact>;
