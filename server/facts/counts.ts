// The figures' count table (migration 014, `figure_counts`): per centre × Paris day (span 'd') and
// per centre × Paris month (span 'm', `day` = its first day) × kind × value, `n` rows counted and
// `total` a sum (people, minutes, scores). Why: a territory's year of figures summed 3 M+
// record_values rows per query on PostgreSQL (1.5 s at 30 centres, 5 s for six centres' year while
// seeding); the same year is a few thousand count rows, months whole and the edge days apart.
//
// Only what adds up is counted here: rows and sums per key. Distinct people (cards), the outings
// themselves (few; labels chosen by the latest record) and anything filtered by agent stay on the
// indexed facts; the encounters per outing are counted (kind `outing`, value its id).
//
// This is THE rule in JavaScript, applied to the facts a push extracts (no read) and to the facts a
// deletion or correction removes (read back first), as signed deltas upserted in key order (one
// lock order for every transaction). counts-sql.ts says the same rule in SQL for the back-fill and
// for the recount that counts.test.ts compares against: change both together.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { USE_EVENTS } from '../dashboard-api/figures/kiosk';
import { parisDay } from '../dashboard-api/period';
import { bumpChangeVersion } from '../db/change-version';
import type { FigureCountRow } from '../db/facts-schema';
import { insertStatements } from '../db/insert-rows';
import type { DB } from '../db/schema';
import type { Facts } from './extract';

// biome-ignore lint/suspicious/noExplicitAny: also used inside migrations, against the schema as it was then.
type AnyDb = Kysely<any> | Transaction<any>;

/** record_values kinds of an encounter that the figures sum (server/facts/encounter.ts makes them). */
export const ENCOUNTER_VALUE_KINDS = [
  'theme',
  'sub_theme',
  'institution',
  'action',
  'orientation',
  'orientation_partner',
  'people_sex',
  'people_age',
  'people_social',
  'people_qpv',
] as const;

/** record_values kinds the figures sum (kind `v:<kind>`): encounters' tags and survey scores. */
export const COUNTED_VALUE_KINDS = [...ENCOUNTER_VALUE_KINDS, 'survey_score'] as const;

/** record_values kinds whose encounters' minutes are summed (kind `time:<kind>`). */
export const TIMED_VALUE_KINDS = ['institution', 'equipment'] as const;

/** A key part that is NULL; parts are joined by '|' (no counted id or taxonomy value holds either). */
export const NULL_PART = '∅';
export const key = (...parts: (string | number | null | undefined)[]) =>
  parts.map((p) => (p === null || p === undefined ? NULL_PART : String(p))).join('|');

/** A stored instant as toISOString writes it (what the push stores), in UTC. */
const UTC_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

const COUNT_COLUMNS = ['centre_id', 'span', 'day', 'kind', 'value', 'n', 'total'] as const;

/** The facts the counts are made of (the other side tables are counted where they are). */
export type CountedFacts = Pick<Facts, 'encounter_facts' | 'record_values' | 'kiosk_facts' | 'survey_facts'>;

/** The count rows of these facts, × sign (−1 for facts about to be removed), keyed for merging. */
export function countFacts(f: CountedFacts, sign = 1, into = new Map<string, FigureCountRow>()) {
  const days = new Map<string, string>();
  const dayOf = (at: string) => {
    // Paris changes day and offset only on a whole UTC hour: the instants of one UTC hour share a
    // Paris day, so a push of records made within the hour asks Intl once, not once per record.
    const k = UTC_INSTANT.test(at) ? at.slice(0, 13) : at;
    return days.get(k) ?? days.set(k, parisDay(at)).get(k)!;
  };
  const add = (centre: string, at: string, kind: string, value: string, n: number, total: number) => {
    const day = dayOf(at);
    for (const [span, d] of [
      ['d', day],
      ['m', `${day.slice(0, 7)}-01`],
    ] as const) {
      const k = `${centre}\n${span}\n${d}\n${kind}\n${value}`;
      const row =
        into.get(k) ?? into.set(k, { centre_id: centre, span, day: d, kind, value, n: 0, total: 0 }).get(k)!;
      row.n += sign * n;
      row.total += sign * total;
    }
  };
  const named = (kind: string) =>
    new Set(f.record_values.filter((v) => v.kind === kind).map((v) => v.record_id));
  const withInstitution = named('institution');
  const withEquipment = named('equipment');
  const minutes = new Map<string, number | null>();
  for (const e of f.encounter_facts) {
    const c = e.centre_id;
    const at = e.created_at;
    minutes.set(e.record_id, e.duration_min);
    add(c, at, 'type', key(e.type), 1, e.people);
    if (e.first_time === 'oui') add(c, at, 'type_first', key(e.type), 1, 0);
    if (e.duration_min !== null) add(c, at, 'type_timed', key(e.type), 1, e.duration_min);
    add(c, at, 'autonomy', key(e.autonomy), 1, 0);
    if (e.type !== 'collectif') add(c, at, 'sex_age', key(e.sex, e.age_band), 1, 0);
    add(c, at, 'agent', key(e.agent_id), 1, e.people);
    if (e.outing_id !== null) add(c, at, 'outing', key(e.outing_id), 1, e.people);
    if (!withInstitution.has(e.record_id)) add(c, at, 'no_institution', '', 1, e.duration_min ?? 0);
    if (!withEquipment.has(e.record_id)) add(c, at, 'no_equipment', '', 1, 0);
  }
  const counted = new Set<string>(COUNTED_VALUE_KINDS);
  const timed = new Set<string>(TIMED_VALUE_KINDS);
  for (const v of f.record_values) {
    if (counted.has(v.kind)) add(v.centre_id, v.created_at, `v:${v.kind}`, key(v.value), 1, v.n);
    if (timed.has(v.kind) && minutes.has(v.record_id))
      add(v.centre_id, v.created_at, `time:${v.kind}`, key(v.value), 1, minutes.get(v.record_id) ?? 0);
  }
  const uses = new Set<string>(USE_EVENTS);
  for (const k of f.kiosk_facts) {
    const value = key(k.event, k.guide_id, k.step, k.activity_id, k.language);
    add(k.centre_id, k.created_at, 'kiosk', value, 1, 0);
    if (uses.has(k.event) && k.weekday !== null)
      add(k.centre_id, k.created_at, 'kiosk_use', key(k.weekday, k.hour), 1, 0);
  }
  for (const s of f.survey_facts) add(s.centre_id, s.created_at, 'survey', '', 1, 0);
  return into;
}

/** Reads back the counted facts of these records (before they are removed or replaced). */
export async function readCountedFacts(anyDb: AnyDb, ids: readonly string[]): Promise<CountedFacts> {
  const db = anyDb as Kysely<DB>;
  const out: CountedFacts = { encounter_facts: [], record_values: [], kiosk_facts: [], survey_facts: [] };
  const kinds = [...new Set<string>([...COUNTED_VALUE_KINDS, ...TIMED_VALUE_KINDS])];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const [e, v, k, s] = await Promise.all([
      db.selectFrom('encounter_facts').selectAll().where('record_id', 'in', part).execute(),
      db
        .selectFrom('record_values')
        .selectAll()
        .where('record_id', 'in', part)
        .where('kind', 'in', kinds)
        .execute(),
      db.selectFrom('kiosk_facts').selectAll().where('record_id', 'in', part).execute(),
      db.selectFrom('survey_facts').selectAll().where('record_id', 'in', part).execute(),
    ]);
    out.encounter_facts.push(...e);
    out.record_values.push(...v);
    out.kiosk_facts.push(...k);
    out.survey_facts.push(...s);
  }
  return out;
}

/** The upsert(s) adding the deltas to figure_counts, rows in key order (one lock order for all). */
function countStatements(db: AnyDb, deltas: Map<string, FigureCountRow>) {
  const rows = [...deltas]
    .filter(([, r]) => r.n !== 0 || r.total !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
  return insertStatements(
    db,
    'figure_counts',
    rows,
    COUNT_COLUMNS,
    sql`(centre_id, span, day, kind, value) do update
        set n = figure_counts.n + excluded.n, total = figure_counts.total + excluded.total`,
  );
}

/** Adds the deltas to figure_counts, in one statement (server/db/insert-rows.ts), in key order. */
export async function applyCounts(db: AnyDb, deltas: Map<string, FigureCountRow>): Promise<void> {
  for (const statement of countStatements(db, deltas)) await statement.execute(db);
}

/**
 * Adds the deltas, then bumps the change counter: a push's end (apply-push.ts). On PostgreSQL the
 * upsert locks each count row until commit and concurrent pushes of one centre and day add to the
 * same rows, so every transaction takes them in key order (no deadlock), last in the transaction
 * but for the counter — which every writer bumps after its counts, as a correction does — and in
 * the counter's own statement (change-version.ts), so both are held for as little as can be.
 */
export async function applyCountsAndBump(db: Transaction<DB>, deltas: Map<string, FigureCountRow>) {
  const statements = countStatements(db, deltas);
  const last = statements.pop();
  for (const statement of statements) await statement.execute(db);
  return bumpChangeVersion(db, last);
}
