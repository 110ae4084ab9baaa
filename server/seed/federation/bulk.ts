// Fast inserts for the federation seed: rows gathered per table and written many at a time inside
// the caller's transaction. PostgreSQL: one INSERT … SELECT FROM json_populate_recordset(NULL::t,
// $1::json) per 5,000 rows — the batch is one JSON text, parsed by the database into the table's
// own row type (no parameter limit, one round trip). The COPY client (pg-copy-streams) is not among
// our dependencies; against INSERT … SELECT FROM unnest($1::text[], …), one array per column, the
// JSON batch took 40–60 % of the time and a tenth of the seed's CPU for `records` (40,000 rows,
// load 15: pg builds an escaped array literal of every JSON body). SQLite: multi-row INSERTs sized
// under its parameter limit. The columns are read from the database itself, so every table the
// migrations made (the figures' side tables too) is written the same way without a list here.
//
// The writes are queued, not awaited one by one: while the database stores one batch, the seed
// builds the next (`room()` waits while too many are queued), and each table's rows and the time its
// statements took are counted (`stats`), so a slow seed says which table held it up.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DbKind } from '../../db/connect';
import type { DB } from '../../db/schema';

type Row = Record<string, unknown>;
type Trx = Transaction<DB> | Kysely<DB>;

interface Column {
  name: string;
  type: string;
}

export interface TableStats {
  rows: number;
  /** Time its statements took in the database (queued ones one after the other). */
  seconds: number;
}

const PG_ROWS = 5000;
const SQLITE_PARAMS = 30_000;
/** Batches queued before the seed waits for the database to catch up (bounds the memory held). */
const MAX_QUEUED = 8;

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
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private wakers: (() => void)[] = [];
  private failure: unknown;
  readonly stats: Record<string, TableStats> = {};

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
      this.stats[t] = { rows: 0, seconds: 0 };
    }
  }

  private batchSize(table: string): number {
    if (this.kind === 'postgres') return PG_ROWS;
    return Math.max(1, Math.floor(SQLITE_PARAMS / this.columns.get(table)!.length));
  }

  /** Gathers rows; every full batch is queued for writing in `trx` at once. */
  add(trx: Trx, table: string, rows: readonly Row[]): void {
    if (!this.columns.has(table)) throw new Error(`table ${table} not prepared`);
    let list = this.pending.get(table);
    if (!list) {
      list = [];
      this.pending.set(table, list);
    }
    for (const r of rows) list.push(r);
    const size = this.batchSize(table);
    while (list.length >= size) this.enqueue(trx, table, list.splice(0, size));
  }

  /** Resolves when few enough batches wait that building more is worth it (bounds the memory). */
  async room(): Promise<void> {
    while (this.queued >= MAX_QUEUED && !this.failure)
      await new Promise<void>((resolve) => this.wakers.push(resolve));
    if (this.failure) throw this.failure;
  }

  /** Resolves once the queued batches are written (throws the first write's error). */
  async drain(): Promise<void> {
    await this.queue;
    if (this.failure) throw this.failure;
  }

  /** Queues what is left of every table and waits until all is written, in `trx`. */
  async flush(trx: Trx): Promise<void> {
    for (const [table, rows] of this.pending) if (rows.length) this.enqueue(trx, table, rows.splice(0));
    await this.drain();
  }

  private enqueue(trx: Trx, table: string, rows: Row[]): void {
    this.queued++;
    this.queue = this.queue.then(async () => {
      const started = performance.now();
      try {
        if (this.failure) return;
        await this.write(trx, table, rows);
        const s = this.stats[table]!;
        s.rows += rows.length;
        s.seconds += (performance.now() - started) / 1000;
      } catch (err) {
        this.failure = err;
      } finally {
        this.queued--;
        for (const wake of this.wakers.splice(0)) wake();
      }
    });
  }

  private async write(trx: Trx, table: string, rows: Row[]): Promise<void> {
    const cols = this.columns.get(table)!;
    if (this.kind === 'postgres') {
      // A key the row lacks is NULL (not the column's default): every row gives all its columns.
      await sql`INSERT INTO ${sql.table(table)}
        SELECT * FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
        trx,
      );
      return;
    }
    const part = rows.map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null])));
    // biome-ignore lint/suspicious/noExplicitAny: a table named at run time, its columns read from it.
    await (trx as Kysely<any>).insertInto(table).values(part).execute();
  }
}
