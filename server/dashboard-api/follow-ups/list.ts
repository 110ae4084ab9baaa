// The follow-up queue: contacts who agreed to be called back (rappel) or informed of activities
// (info_activites), with what the dashboard adds beside them (status, due date, assignee). No
// personal data here: opening a contact is a separate, audit-logged request.
import type { Kysely } from 'kysely';
import type { FollowUpRow } from '../../../src/shared/dashboard-api/follow-ups';
import type { Contact, Encounter } from '../../../src/shared/records';
import type { FollowUpStatus } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import { type ContactRecord, loadNames, loadRecords } from '../records/load';

export { FOLLOW_UP_STATUSES } from '../../../src/shared/taxonomy';
export type { FollowUpRow };
export const FOLLOW_UP_PURPOSES = ['rappel', 'info_activites'] as const;

export interface FollowUpFilter {
  centreIds: string[];
  status?: string[] | undefined;
  purpose?: string[] | undefined;
  assigneeId?: string | undefined;
}

function wanted(c: Contact, purposes: readonly string[]): boolean {
  return c.consentPurposes.some((p) => purposes.includes(p));
}

/** Every follow-up of the scope matching the filter, due first (no due date last), then oldest. */
export async function listFollowUps(db: Kysely<DB>, f: FollowUpFilter): Promise<FollowUpRow[]> {
  const contacts = (await loadRecords<Contact>(db, 'contact', { centreIds: f.centreIds })).filter((c) =>
    wanted(c.record, f.purpose?.length ? f.purpose : FOLLOW_UP_PURPOSES),
  );
  if (!contacts.length) return [];
  const [states, names, users] = await Promise.all([
    loadFollowUpStates(
      db,
      contacts.map((c) => c.id),
    ),
    loadNames(db),
    db.selectFrom('users').select(['id', 'name']).execute(),
  ]);
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const rows = contacts
    .map((c) => toRow(c, states.get(c.id), names, userNames))
    .filter((r) => !f.status?.length || f.status.includes(r.status))
    .filter((r) => !f.assigneeId || r.assignee?.id === f.assigneeId);
  rows.sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
  });
  return rows;
}

type StateRow = DB['follow_ups'];

async function loadFollowUpStates(db: Kysely<DB>, ids: string[]): Promise<Map<string, StateRow>> {
  const out = new Map<string, StateRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('follow_ups')
      .selectAll()
      .where('contact_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.contact_id, r);
  }
  return out;
}

function toRow(
  c: ContactRecord,
  state: StateRow | undefined,
  names: Awaited<ReturnType<typeof loadNames>>,
  userNames: Map<string, string>,
): FollowUpRow {
  return {
    contactId: c.id,
    centreId: c.centreId,
    centreName: names.centres.get(c.centreId) ?? c.centreId,
    agentId: c.agentId,
    agentName: names.agents.get(c.agentId) ?? null,
    createdAt: c.createdAt,
    consentPurposes: c.record.consentPurposes,
    retentionUntil: c.retentionUntil ?? c.record.retentionUntil,
    encounterId: null,
    status: (state?.status as FollowUpStatus | undefined) ?? 'a_faire',
    dueDate: state?.due_date ?? null,
    assignee: state?.assignee ? { id: state.assignee, name: userNames.get(state.assignee) ?? '' } : null,
    comment: state?.comment ?? null,
    updatedAt: state?.updated_at ?? null,
  };
}

/**
 * Fills `encounterId` for a page of rows: the encounter that carries the contact (made at the same
 * time, on the same tablet). Reads the encounters of the rows' centres from a day before the oldest
 * contact that carry any contactId — the body is JSON written by JSON.stringify, so one LIKE finds
 * them on both databases without a JSON index — and matches them in memory.
 */
export async function attachEncounters(db: Kysely<DB>, rows: FollowUpRow[]): Promise<FollowUpRow[]> {
  if (!rows.length) return rows;
  const wanted = new Set(rows.map((r) => r.contactId));
  const since = new Date(Math.min(...rows.map((r) => Date.parse(r.createdAt))) - 86_400_000).toISOString();
  const found = await db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('entity', '=', 'encounter')
    .where('deleted', '=', 0)
    .where('centre_id', 'in', [...new Set(rows.map((r) => r.centreId))])
    .where('created_at', '>=', since)
    .where('data', 'like', '%"contactId":"%')
    .execute();
  const byContact = new Map<string, string>();
  for (const f of found) {
    const contactId = (JSON.parse(f.data) as Encounter).contactId;
    if (contactId && wanted.has(contactId) && !byContact.has(contactId)) byContact.set(contactId, f.id);
  }
  return rows.map((r) => ({ ...r, encounterId: byContact.get(r.contactId) ?? null }));
}
