// Fast inserts for the federation seed: rows gathered per table and written many at a time inside
// the caller's transaction, each batch through the push's own writer (server/db/insert-rows.ts: one
// statement with the batch as one JSON text, unpacked by the database — PostgreSQL's
// json_populate_recordset, SQLite's jsonb_each — so no parameter limit and one round trip). The
// COPY client (pg-copy-streams) is not among our dependencies; against INSERT … SELECT FROM
// unnest($1::text[], …), one array per column, the JSON batch took 40–60 % of the time and a tenth
// of the seed's CPU for `records` (pg builds an escaped array literal of every JSON body). The
// columns are read from the database itself, so every table the migrations made (the figures'
// side tables too) is written the same way without a list here; a key a row lacks is NULL.
//
// The writes are queued, not awaited one by one: while the database stores one batch, the seed
// builds the next (`room()` waits while too many are queued), and each table's rows and the time its
// statements took are counted (`stats`), so a slow seed says which table held it up.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DbKind } from '../../db/connect';
import { insertRows } from '../../db/insert-rows';
import type { DB } from '../../db/schema';

type Row = Record<string, unknown>;
type Trx = Transaction<DB> | Kysely<DB>;

export interface TableStats {
  rows: number;
  /** Time its statements took in the database (queued ones one after the other). */
  seconds: number;
}

/** Rows a batch (insert-rows writes 5,000 a statement: one statement a batch). */
const BATCH_ROWS = 5000;
/** Batches queued before the seed waits for the database to catch up (bounds the memory held). */
const MAX_QUEUED = 8;

/** The columns of `table` as the database has them (none: the table does not exist). */
async function tableColumns(db: Kysely<DB>, kind: DbKind, table: string): Promise<string[]> {
  if (kind === 'postgres') {
    const { rows } = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(db);
    return rows.map((r) => r.column_name);
  }
  const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  return rows.map((r) => r.name);
}

export class BulkWriter {
  private pending = new Map<string, Row[]>();
  private columns = new Map<string, string[]>();
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

  /** Gathers rows; every full batch is queued for writing in `trx` at once. */
  add(trx: Trx, table: string, rows: readonly Row[]): void {
    if (!this.columns.has(table)) throw new Error(`table ${table} not prepared`);
    let list = this.pending.get(table);
    if (!list) {
      list = [];
      this.pending.set(table, list);
    }
    for (const r of rows) list.push(r);
    while (list.length >= BATCH_ROWS) this.enqueue(trx, table, list.splice(0, BATCH_ROWS));
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
        await insertRows(trx, table, rows, this.columns.get(table));
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
}
