// Fast inserts for the federation seed: rows gathered per table and written many at a time inside
// the caller's transaction. PostgreSQL: one INSERT … SELECT FROM unnest($1::text[], $2::int4[], …)
// per 5,000 rows (one array parameter per column, so no parameter limit and one round trip);
// SQLite: multi-row INSERTs sized under its parameter limit. The columns and their types are read
// from the database itself, so every table the migrations made (the figures' side tables too) is
// written the same way without a list of columns here.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DbKind } from '../../db/connect';
import type { DB } from '../../db/schema';

type Row = Record<string, unknown>;
type Trx = Transaction<DB> | Kysely<DB>;

interface Column {
  name: string;
  /** PostgreSQL array element type (udt_name: text, int4, int8, float8, bool). */
  type: string;
}

const PG_ROWS = 5000;
const SQLITE_PARAMS = 30_000;

export async function tableColumns(db: Kysely<DB>, kind: DbKind, table: string): Promise<Column[]> {
  if (kind === 'postgres') {
    const { rows } = await sql<{ column_name: string; udt_name: string }>`
      SELECT column_name, udt_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(db);
    return rows.map((r) => ({ name: r.column_name, type: r.udt_name }));
  }
  const { rows } = await sql<{
    name: string;
    type: string;
  }>`SELECT name, type FROM pragma_table_info(${table})`.execute(db);
  return rows.map((r) => ({ name: r.name, type: r.type }));
}

export class BulkWriter {
  private pending = new Map<string, Row[]>();
  private columns = new Map<string, Column[]>();
  written = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly kind: DbKind,
  ) {}

  /** Learns the tables' columns once, before the first transaction. */
  async prepare(tables: readonly string[]): Promise<void> {
    for (const t of tables) {
      const cols = await tableColumns(this.db, this.kind, t);
      if (!cols.length)
        throw new Error(`La table ${t} n’existe pas : lancez les migrations (borne migrate).`);
      this.columns.set(t, cols);
    }
  }

  add(table: string, rows: readonly Row[]): void {
    let list = this.pending.get(table);
    if (!list) {
      list = [];
      this.pending.set(table, list);
    }
    for (const r of rows) list.push(r);
  }

  /** Writes everything gathered, in `trx`. */
  async flush(trx: Trx): Promise<void> {
    for (const [table, rows] of this.pending) {
      const cols = this.columns.get(table);
      if (!cols) throw new Error(`table ${table} not prepared`);
      if (this.kind === 'postgres') {
        for (let i = 0; i < rows.length; i += PG_ROWS)
          await this.pgInsert(trx, table, cols, rows.slice(i, i + PG_ROWS));
      } else {
        const size = Math.max(1, Math.floor(SQLITE_PARAMS / cols.length));
        for (let i = 0; i < rows.length; i += size) {
          const part = rows
            .slice(i, i + size)
            .map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null])));
          // biome-ignore lint/suspicious/noExplicitAny: a table named at run time, its columns read from it.
          await (trx as Kysely<any>).insertInto(table).values(part).execute();
        }
      }
      this.written += rows.length;
    }
    this.pending.clear();
  }

  private async pgInsert(trx: Trx, table: string, cols: Column[], rows: Row[]): Promise<void> {
    const arrays = cols.map(
      (c) => sql`${rows.map((r) => (r[c.name] === undefined ? null : r[c.name]))}::${sql.raw(c.type)}[]`,
    );
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c.name)))})
      SELECT * FROM unnest(${sql.join(arrays)})`.execute(trx);
  }
}
