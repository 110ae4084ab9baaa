// The count rule of counts.ts said in SQL, set-based, the same text on SQLite and PostgreSQL but
// for the Paris day: migration 014's back-fill (one INSERT … SELECT … GROUP BY for the days, one
// for the months rolled up from them) and the recount the tests compare figure_counts with. Change
// it together with countFacts (counts.ts): counts.test.ts fails when the two disagree.
import { type Kysely, PostgresAdapter, type RawBuilder, sql, type Transaction } from 'kysely';
import { USE_EVENTS } from '../dashboard-api/figures/kiosk';
import { COUNTED_VALUE_KINDS, NULL_PART, TIMED_VALUE_KINDS } from './counts';

// biome-ignore lint/suspicious/noExplicitAny: used by a migration, against the schema as it was then.
type AnyDb = Kysely<any> | Transaction<any>;

const isPostgres = (db: AnyDb) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The Paris day (YYYY-MM-DD) of an ISO instant column. PostgreSQL knows Europe/Paris; SQLite has no
 * time zones, so the EU rule is written out: summer time (UTC+2) from the last Sunday of March
 * 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1 — what parisDay() (period.ts)
 * answers for every instant since 1996 (counts.test.ts checks the changes of hour).
 */
function parisDaySql(db: AnyDb, col: string): RawBuilder<string> {
  const c = sql.ref(col);
  if (isPostgres(db)) return sql`to_char((${c}::timestamptz AT TIME ZONE 'Europe/Paris'), 'YYYY-MM-DD')`;
  const edge = (monthDay: string) => sql`date(substr(${c}, 1, 4) || ${monthDay}, 'weekday 0') || 'T01:00:00'`;
  return sql`coalesce(date(${c}, CASE WHEN ${c} >= ${edge('-03-25')} AND ${c} < ${edge('-10-25')} THEN '+2 hours' ELSE '+1 hours' END), '')`;
}

/** One key part as counts.ts `key` writes it. */
const part = (col: string) => sql`coalesce(CAST(${sql.ref(col)} AS TEXT), ${sql.lit(NULL_PART)})`;
const parts = (...cols: string[]) =>
  sql.join(
    cols.map((c) => part(c)),
    sql` || '|' || `,
  );
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Every counted fact as one row (centre_id, at, kind, value, n, total), before grouping. */
function countedRows() {
  const ef = (kind: string, value: RawBuilder<unknown>, total: RawBuilder<unknown>, where = sql`1 = 1`) =>
    sql`SELECT ef.centre_id, ef.created_at AS at, ${sql.lit(kind)} AS kind, ${value} AS value, 1 AS n, ${total} AS total
        FROM encounter_facts ef WHERE ${where}`;
  const none = (kind: string) =>
    sql`NOT EXISTS (SELECT 1 FROM record_values x WHERE x.record_id = ef.record_id AND x.kind = ${sql.lit(kind)})`;
  const zero = sql`0`;
  const minutes = sql`coalesce(ef.duration_min, 0)`;
  return sql.join(
    [
      ef('type', parts('ef.type'), sql`ef.people`),
      ef('type_first', parts('ef.type'), zero, sql`ef.first_time = 'oui'`),
      ef('type_timed', parts('ef.type'), sql`ef.duration_min`, sql`ef.duration_min IS NOT NULL`),
      ef('autonomy', parts('ef.autonomy'), zero),
      ef('sex_age', parts('ef.sex', 'ef.age_band'), zero, sql`ef.type <> 'collectif'`),
      ef('agent', parts('ef.agent_id'), sql`ef.people`),
      ef('outing', parts('ef.outing_id'), sql`ef.people`, sql`ef.outing_id IS NOT NULL`),
      ef('no_institution', sql`''`, minutes, none('institution')),
      ef('no_equipment', sql`''`, zero, none('equipment')),
      sql`SELECT rv.centre_id, rv.created_at AS at, 'v:' || rv.kind AS kind, ${parts('rv.value')} AS value,
          1 AS n, rv.n AS total FROM record_values rv WHERE rv.kind IN (${list(COUNTED_VALUE_KINDS)})`,
      sql`SELECT rv.centre_id, rv.created_at AS at, 'time:' || rv.kind AS kind, ${parts('rv.value')} AS value,
          1 AS n, ${minutes} AS total
          FROM record_values rv INNER JOIN encounter_facts ef ON ef.record_id = rv.record_id
          WHERE rv.kind IN (${list(TIMED_VALUE_KINDS)})`,
      sql`SELECT k.centre_id, k.created_at AS at, 'kiosk' AS kind,
          ${parts('k.event', 'k.guide_id', 'k.step', 'k.activity_id', 'k.language')} AS value, 1 AS n, 0 AS total
          FROM kiosk_facts k`,
      sql`SELECT k.centre_id, k.created_at AS at, 'kiosk_use' AS kind, ${parts('k.weekday', 'k.hour')} AS value,
          1 AS n, 0 AS total FROM kiosk_facts k
          WHERE k.event IN (${list(USE_EVENTS)}) AND k.weekday IS NOT NULL`,
      sql`SELECT s.centre_id, s.created_at AS at, 'survey' AS kind, '' AS value, 1 AS n, 0 AS total
          FROM survey_facts s`,
    ],
    sql` UNION ALL `,
  );
}

/**
 * Empties figure_counts and counts every fact again, set-based: the days grouped from the facts,
 * then the months grouped from the days. Migration 014 and any later migration that refills facts
 * the counts read (`refillFacts` leaves the counts alone) call it; so do the tests, to compare.
 */
export async function recountFigures(db: AnyDb): Promise<void> {
  // Inside the migration's transaction on PostgreSQL: room to group a federation's million day
  // keys in memory instead of sorting them on disk (for this transaction only).
  if (isPostgres(db)) await sql`SET LOCAL work_mem = '128MB'`.execute(db);
  await sql`DELETE FROM figure_counts`.execute(db);
  const day = parisDaySql(db, 'r.at');
  await sql`INSERT INTO figure_counts (centre_id, span, day, kind, value, n, total)
    SELECT g.centre_id, 'd', g.day, g.kind, g.value, g.n, g.total FROM (
      SELECT r.centre_id, ${day} AS day, r.kind, r.value, sum(r.n) AS n, sum(r.total) AS total
      FROM (${countedRows()}) r
      GROUP BY r.centre_id, ${day}, r.kind, r.value
    ) g`.execute(db);
  await sql`INSERT INTO figure_counts (centre_id, span, day, kind, value, n, total)
    SELECT centre_id, 'm', substr(day, 1, 7) || '-01', kind, value, sum(n), sum(total)
    FROM figure_counts WHERE span = 'd'
    GROUP BY centre_id, substr(day, 1, 7), kind, value`.execute(db);
}
