// Many rows in ONE statement with ONE parameter: the rows as a JSON array, unpacked by the database
// (SQLite's jsonb_each, which parses the text once, PostgreSQL's json_populate_recordset). A push writes ~8 rows per record
// (the record and its facts); as multi-row VALUES of 200 rows the query builder walked every value
// and SQLite prepared a new 1,600-parameter statement each time, which cost more than the writes
// themselves (BENCHMARKS.md, ingest rows of 2026-12-01). Here the statement is short and the same
// for every push of a table, whatever the number of rows.
import { type Kysely, PostgresAdapter, type RawBuilder, sql, type Transaction } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: also used by migrations, against the schema as it was then.
type AnyDb = Kysely<any> | Transaction<any>;

/** Rows per statement: bounds the JSON text (about 1 MB for the widest rows) of a large refill. */
const ROWS_PER_STATEMENT = 5000;

const NAME = /^[a-z_][a-z0-9_]*$/;

function keysOf(rows: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k in r) keys.add(k);
  return [...keys];
}

/**
 * Inserts `rows` into `table`, writing `columns` (default: every key found in the rows). A key
 * absent from a row, or null, is NULL. Values are texts, integers or null; the statement fails
 * whole, like any INSERT, when one row breaks a constraint — unless `onConflict` (the text after
 * ON CONFLICT, the same on both databases) says what to do. The rows are written in their order
 * (an upsert that locks rows takes them in that order).
 */
export async function insertRows(
  db: AnyDb,
  table: string,
  rows: readonly object[],
  columns?: readonly string[],
  onConflict?: RawBuilder<unknown>,
): Promise<void> {
  for (const statement of insertStatements(db, table, rows, columns, onConflict)) await statement.execute(db);
}

/** insertRows' statements (none for no rows), for a caller that runs the last one with more. */
export function insertStatements(
  db: AnyDb,
  table: string,
  rows: readonly object[],
  columns?: readonly string[],
  onConflict?: RawBuilder<unknown>,
): RawBuilder<unknown>[] {
  if (!rows.length) return [];
  const cols = columns ?? keysOf(rows);
  for (const name of [table, ...cols]) if (!NAME.test(name)) throw new Error(`bad SQL name: ${name}`);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const names = sql.join(cols.map((c) => sql.ref(c)));
  const target = sql`${sql.table(table)} (${names})`;
  const values = postgres ? names : sql.join(cols.map((c) => sql`value ->> ${`$.${c}`}`));
  const statements: RawBuilder<unknown>[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    // The rows as they are: both databases read the named keys and ignore the others (null and
    // absent alike give NULL), so nothing is copied before the one JSON.stringify.
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT));
    const rowsOf = postgres
      ? sql`json_populate_recordset(null::${sql.table(table)}, ${json}::json)`
      : sql`jsonb_each(${json})`;
    // An upsert takes its rows in array order (ordinality on PostgreSQL, the array's index on
    // SQLite, which also reads ON CONFLICT after a SELECT only behind a WHERE).
    statements.push(
      !onConflict
        ? sql`insert into ${target} select ${values} from ${rowsOf}`
        : postgres
          ? sql`insert into ${target} select ${values} from ${rowsOf} with ordinality as r
                order by r.ordinality on conflict ${onConflict}`
          : sql`insert into ${target} select ${values} from ${rowsOf} where true
                order by cast(key as integer) on conflict ${onConflict}`,
    );
  }
  return statements;
}
