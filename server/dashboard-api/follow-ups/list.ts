// The follow-up queue: contacts who agreed to be called back (rappel) or informed of activities
// (info_activites), with what the dashboard adds beside them (status, due date, assignee). No
// personal data here: opening a contact is a separate, audit-logged request. SQL over `records`
// (contacts), the contact's consent purposes (record_values `consent_purpose`, filled at push) and
// `follow_ups`: a page and its count, never the whole queue in memory.
import { type Kysely, sql } from 'kysely';
import type { FollowUpRow } from '../../../src/shared/dashboard-api/follow-ups';
import type { Contact } from '../../../src/shared/records';
import type { FollowUpStatus } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import { loadNames, type Names } from '../records/load';

export { FOLLOW_UP_STATUSES } from '../../../src/shared/taxonomy';
export type { FollowUpRow };
export const FOLLOW_UP_PURPOSES = ['rappel', 'info_activites'] as const;

export interface FollowUpFilter {
  centreIds: string[];
  status?: string[] | undefined;
  purpose?: string[] | undefined;
  assigneeId?: string | undefined;
  /** One contact only (the answer of an update). */
  contactId?: string | undefined;
}

/** The queue's contacts (alias c) with their state (alias s, absent: « à faire »), by SQL. */
function followUpsWhere(db: Kysely<DB>, f: FollowUpFilter) {
  const purposes = f.purpose?.length ? f.purpose : [...FOLLOW_UP_PURPOSES];
  let q = db
    .selectFrom('records as c')
    .leftJoin('follow_ups as s', 's.contact_id', 'c.id')
    .where('c.entity', '=', 'contact')
    .where('c.deleted', '=', 0)
    .where((eb) => (f.centreIds.length ? eb('c.centre_id', 'in', f.centreIds) : eb.or([])))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('record_values as v')
          .select('v.record_id')
          .whereRef('v.record_id', '=', 'c.id')
          .where('v.kind', '=', 'consent_purpose')
          .where('v.value', 'in', purposes),
      ),
    );
  const status = f.status;
  if (status?.length) q = q.where((eb) => eb(eb.fn.coalesce('s.status', eb.val('a_faire')), 'in', status));
  if (f.assigneeId) q = q.where('s.assignee', '=', f.assigneeId);
  if (f.contactId) q = q.where('c.id', '=', f.contactId);
  return q;
}

const COLUMNS = [
  'c.id',
  'c.centre_id',
  'c.agent_id',
  'c.created_at',
  'c.retention_until',
  'c.data',
  's.status',
  's.due_date',
  's.assignee',
  's.comment',
  's.updated_at',
] as const;

/** A page of the follow-ups matching the filter, due first (no due date last), then oldest. */
export async function followUpsPage(
  db: Kysely<DB>,
  f: FollowUpFilter,
  page: { limit: number; offset: number },
): Promise<FollowUpRow[]> {
  const rows = await followUpsWhere(db, f)
    .select(COLUMNS)
    .orderBy(sql`CASE WHEN s.due_date IS NULL THEN 1 ELSE 0 END`)
    .orderBy('s.due_date')
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (!rows.length) return [];
  const [names, users] = await Promise.all([
    loadNames(db),
    db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(rows.flatMap((r) => (r.assignee ? [r.assignee] : [])))].concat(''))
      .execute(),
  ]);
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => toRow(r, names, userNames));
}

export async function countFollowUps(db: Kysely<DB>, f: FollowUpFilter): Promise<number> {
  const row = await followUpsWhere(db, f)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many follow-ups of the filter each centre has (the personal export's journal line). */
export async function followUpCountsByCentre(db: Kysely<DB>, f: FollowUpFilter) {
  const rows = await followUpsWhere(db, f)
    .select(['c.centre_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('c.centre_id')
    .orderBy('c.centre_id')
    .execute();
  return rows.map((r) => ({ centreId: r.centre_id, count: Number(r.n) }));
}

/**
 * « À faire » follow-ups due by `today` (or with no due date), and those already late. The home
 * asks it for a whole territory: counted from the consent purposes' index alone (kind, value,
 * centre: only contacts have that kind, and a deleted one has no facts), never one `records` row per
 * contact (3 s for a 30-centre territory's 38,000 contacts under load, 0.1 s from the index).
 */
export async function dueFollowUps(db: Kysely<DB>, centreIds: string[], today: string) {
  if (!centreIds.length) return { due: 0, overdue: 0 };
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('record_values as v')
        .select('v.record_id')
        .distinct()
        .where('v.kind', '=', 'consent_purpose')
        .where('v.value', 'in', [...FOLLOW_UP_PURPOSES])
        .where('v.centre_id', 'in', centreIds)
        .as('c'),
    )
    .leftJoin('follow_ups as s', 's.contact_id', 'c.record_id')
    .where((eb) => eb(eb.fn.coalesce('s.status', eb.val('a_faire')), '=', 'a_faire'))
    .select([
      (eb) =>
        eb.fn
          .sum<number | string | null>(
            eb
              .case()
              .when(eb.or([eb('s.due_date', 'is', null), eb('s.due_date', '<=', today)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('due'),
      (eb) =>
        eb.fn
          .sum<number | string | null>(eb.case().when('s.due_date', '<', today).then(1).else(0).end())
          .as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { due: Number(row.due ?? 0), overdue: Number(row.overdue ?? 0) };
}

/** Every follow-up of the filter, 500 at a time, in the queue's order: exports. */
export async function* followUpPages(db: Kysely<DB>, f: FollowUpFilter) {
  // Offsets over a snapshot-free queue: a status changed during a long export may move one row;
  // the export is a picture of the queue at the moment each page is read.
  for (let offset = 0; ; offset += 500) {
    const rows = await followUpsPage(db, f, { limit: 500, offset });
    if (rows.length) yield rows;
    if (rows.length < 500) return;
  }
}

type Joined = {
  id: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  retention_until: string | null;
  data: string;
  status: string | null;
  due_date: string | null;
  assignee: string | null;
  comment: string | null;
  updated_at: string | null;
};

function toRow(r: Joined, names: Names, userNames: Map<string, string>): FollowUpRow {
  const c = JSON.parse(r.data) as Contact;
  return {
    contactId: r.id,
    centreId: r.centre_id,
    centreName: names.centres.get(r.centre_id) ?? r.centre_id,
    agentId: r.agent_id,
    agentName: names.agents.get(r.agent_id) ?? null,
    createdAt: r.created_at,
    consentPurposes: c.consentPurposes,
    retentionUntil: r.retention_until ?? c.retentionUntil,
    encounterId: null,
    status: (r.status as FollowUpStatus | null) ?? 'a_faire',
    dueDate: r.due_date ?? null,
    assignee: r.assignee ? { id: r.assignee, name: userNames.get(r.assignee) ?? '' } : null,
    comment: r.comment ?? null,
    updatedAt: r.updated_at ?? null,
  };
}

/** Fills `encounterId` for a page of rows: the encounter that carries the contact (indexed fact). */
export async function attachEncounters(db: Kysely<DB>, rows: FollowUpRow[]): Promise<FollowUpRow[]> {
  if (!rows.length) return rows;
  const found = await db
    .selectFrom('encounter_facts')
    .select(['record_id', 'contact_id'])
    .where(
      'contact_id',
      'in',
      rows.map((r) => r.contactId),
    )
    .where('centre_id', 'in', [...new Set(rows.map((r) => r.centreId))])
    .orderBy('created_at')
    .orderBy('record_id')
    .execute();
  const byContact = new Map<string, string>();
  for (const f of found)
    if (f.contact_id && !byContact.has(f.contact_id)) byContact.set(f.contact_id, f.record_id);
  return rows.map((r) => ({ ...r, encounterId: byContact.get(r.contactId) ?? null }));
}
