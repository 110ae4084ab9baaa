// The audit log as a person reads it: which record an entry is about, by its kind and date or its
// name (never its raw id), and the entry's details with every id turned into a name. The page
// words each kind and key in its language (`coord.audit.record.*`, `coord.audit.fact.*`).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { loadNames } from '../records/load';

/** What an entry is about: a tablet record by kind and date, or a named thing. */
export interface AuditSubject {
  kind: string;
  createdAt?: string;
  name?: string;
}

/** One detail of an entry: its key, and a value in words (`kind` says how to word it). */
export interface AuditFact {
  key: string;
  value: string | number;
  kind?: 'review' | 'followStatus' | 'purpose' | 'date' | 'yesNo';
}

interface Row {
  action: string;
  record_id: string | null;
  detail: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys whose value says nothing to a person or is shown elsewhere (ids, sequence numbers). */
const HIDDEN = new Set(['quarantineId', 'seq', 'mutations', 'entity']);
const KINDS: Record<string, AuditFact['kind']> = {
  state: 'review',
  status: 'followStatus',
  purpose: 'purpose',
  dueDate: 'date',
  expiresAt: 'date',
  from: 'date',
  to: 'date',
  glossaryChanged: 'yesNo',
};

function ids(rows: Row[], pick: (r: Row, detail: Record<string, unknown>) => unknown): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const v = pick(r, r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {});
    if (typeof v === 'string' && v) out.add(v);
  }
  return [...out];
}

/** Names of what the entries point to, loaded in one query per table. */
export async function loadAuditNames(db: Kysely<DB>, rows: Row[]) {
  const recordIds = ids(rows, (r) => r.record_id);
  const deviceIds = [...recordIds, ...ids(rows, (_r, d) => d.deviceId)];
  const userIds = ids(rows, (_r, d) => d.assignee);
  const hasGuides = rows.some((r) => r.record_id?.startsWith('guide:'));
  const some = <T>(list: string[], load: () => Promise<T[]>) => (list.length ? load() : Promise.resolve([]));
  const [records, devices, agents, users, partners, activities, guides] = await Promise.all([
    some(recordIds, () =>
      db.selectFrom('records').select(['id', 'entity', 'created_at']).where('id', 'in', recordIds).execute(),
    ),
    some(deviceIds, () =>
      db.selectFrom('devices').select(['id', 'name']).where('id', 'in', deviceIds).execute(),
    ),
    some(recordIds, () =>
      db.selectFrom('agents').select(['id', 'display_name']).where('id', 'in', recordIds).execute(),
    ),
    some(userIds, () => db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()),
    some(recordIds, () =>
      db.selectFrom('partners').select(['id', 'name']).where('id', 'in', recordIds).execute(),
    ),
    some(recordIds, () =>
      db.selectFrom('activities').select(['id', 'data']).where('id', 'in', recordIds).execute(),
    ),
    hasGuides ? loadNames(db).then((n) => n.guides) : Promise.resolve(new Map<string, string>()),
  ]);
  return {
    records: new Map(records.map((r) => [r.id, { entity: r.entity, createdAt: r.created_at }])),
    devices: new Map(devices.map((d) => [d.id, d.name])),
    agents: new Map(agents.map((a) => [a.id, a.display_name])),
    users: new Map(users.map((u) => [u.id, u.name])),
    partners: new Map(partners.map((p) => [p.id, p.name])),
    activities: new Map(
      activities.map((a) => [a.id, (JSON.parse(a.data) as { title?: string }).title ?? '']),
    ),
    guides,
  };
}
export type AuditNames = Awaited<ReturnType<typeof loadAuditNames>>;

export function auditSubject(row: Row, names: AuditNames): AuditSubject | null {
  const id = row.record_id;
  if (!id) return null;
  const record = names.records.get(id);
  if (record) return { kind: record.entity, createdAt: record.createdAt };
  const named: [string, ReadonlyMap<string, string>][] = [
    ['device', names.devices],
    ['agent', names.agents],
    ['partner', names.partners],
    ['activity', names.activities],
  ];
  for (const [kind, map] of named) {
    const name = map.get(id);
    if (name !== undefined) return { kind, name };
  }
  if (id.startsWith('guide:')) {
    const title = names.guides.get(id.slice(6));
    return title ? { kind: 'guide', name: title } : { kind: 'guideDraft' };
  }
  if (id.startsWith('glossary:')) return { kind: 'glossary' };
  // A record erased or purged since: said so, without its id.
  return { kind: 'gone' };
}

export function auditFacts(row: Row, names: AuditNames): AuditFact[] {
  if (!row.detail) return [];
  const detail = JSON.parse(row.detail) as Record<string, unknown>;
  const facts: AuditFact[] = [];
  for (const [key, raw] of Object.entries(detail)) {
    if (HIDDEN.has(key) || raw === null || raw === undefined || raw === '') continue;
    if (key === 'assignee') {
      facts.push({ key, value: names.users.get(String(raw)) ?? '—' });
      continue;
    }
    if (key === 'deviceId') {
      facts.push({ key: 'device', value: names.devices.get(String(raw)) ?? '—' });
      continue;
    }
    if (Array.isArray(raw)) {
      facts.push({ key, value: raw.filter((x) => typeof x === 'string' && !UUID.test(x)).join(', ') });
      continue;
    }
    if (typeof raw === 'object') continue;
    if (typeof raw === 'string' && UUID.test(raw)) continue;
    const kind = KINDS[key];
    const value = typeof raw === 'boolean' ? (raw ? 'oui' : 'non') : (raw as string | number);
    facts.push(kind ? { key, value, kind: typeof raw === 'boolean' ? 'yesNo' : kind } : { key, value });
  }
  return facts;
}
