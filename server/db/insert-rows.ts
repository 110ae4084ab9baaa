// Many rows in ONE statement with ONE parameter: the rows as a JSON array, unpacked by the database
// (SQLite's jsonb_each, which parses the text once, PostgreSQL's json_populate_recordset). A push writes ~8 rows per record
// (the record and its facts); as multi-row VALUES of 200 rows the query builder walked every value
// and SQLite prepared a new 1,600-parameter statement each time, which cost more than the writes
// themselves (BENCHMARKS.md, ingest rows of 2026-12-01). Here the statement is short and the same
// for every push of a table, whatever the number of rows.
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: also used by migrations, against the schema as it was then.
type AnyDb = Kysely<any> | Transaction<any>;

/** Rows per statement: bounds the JSON text (about 1 MB for the widest rows) of a large refill. */
const ROWS_PER_STATEMENT = 5000;

const NAME = /^[a-z_][a-z0-9_]*$/;

function keysOf(rows: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k in r) keys.add(k);
  return [...keys];
}

/**
 * Inserts `rows` into `table`, writing `columns` (default: every key found in the rows). A key
 * absent from a row, or null, is NULL. Values are texts, integers or null; the statement fails
 * whole, like any INSERT, when one row breaks a constraint.
 */
export async function insertRows(
  db: AnyDb,
  table: string,
  rows: readonly Record<string, unknown>[],
  columns?: readonly string[],
): Promise<void> {
  if (!rows.length) return;
  const cols = columns ?? keysOf(rows);
  for (const name of [table, ...cols]) if (!NAME.test(name)) throw new Error(`bad SQL name: ${name}`);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const target = sql`${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT);
    // The rows as they are: both databases read the named keys and ignore the others (null and
    // absent alike give NULL), so nothing is copied before the one JSON.stringify.
    const json = JSON.stringify(part);
    const query = postgres
      ? sql`insert into ${target} select ${sql.join(cols.map((c) => sql.ref(c)))}
            from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`
      : sql`insert into ${target} select ${sql.join(cols.map((c) => sql`value ->> ${`$.${c}`}`))}
            from jsonb_each(${json})`;
    await query.execute(db);
  }
}
