// `migrate-to-postgres URL` (issue 15; docs/operations.md « Passer de SQLite à PostgreSQL »): copies
// every table of the SQLite file into an empty PostgreSQL database migrated to the same schema,
// in one PostgreSQL transaction, then checks the counts table by table. Both databases run the
// same migrations, so a row moves as it is; only what PostgreSQL keeps apart is redone: the
// counters behind `serial` ids, and the order of tables (a table after those it references).
import { type Kysely, sql } from 'kysely';
import type { Database_ } from '../db/connect';
import { connect } from '../db/connect';
import { ensurePostgresDatabase } from '../db/create-database';
import { migrateToLatest } from '../db/migrate';
import { runningServer } from './running';

// biome-ignore lint/suspicious/noExplicitAny: tables are copied by name, whatever their row type.
type AnyDb = Kysely<any>;

/** PostgreSQL takes at most 65,535 parameters a statement: rows go in batches under that. */
const MAX_PARAMETERS = 30_000;

/** Tables the migrations themselves fill: emptied on the target, then copied like the others. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** Tables holding what a person or a tablet created: the target must have none of it. */
const OWNED_TABLES = ['centres', 'users', 'agents', 'devices', 'records'];

export class MoveRefused extends Error {}

export interface MoveResult {
  tables: { table: string; rows: number }[];
  rows: number;
}

async function sqliteTables(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    ORDER BY name`.execute(db);
  return rows.map((r) => r.name).filter((t) => !MIGRATION_TABLES.includes(t));
}

/** Tables ordered so that each comes after the tables its foreign keys point to. */
async function referencesFirst(db: AnyDb, tables: string[]): Promise<string[]> {
  const parents = new Map<string, string[]>();
  for (const t of tables) {
    const { rows } = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${t})`.execute(
      db,
    );
    parents.set(
      t,
      rows.map((r) => r.table).filter((p) => p !== t),
    );
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const p of parents.get(t) ?? []) if (tables.includes(p)) visit(p);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

async function count(db: AnyDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function copyTable(from: AnyDb, to: AnyDb, table: string): Promise<number> {
  const { rows: columns } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(
    from,
  );
  const names = columns.map((c) => c.name);
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, names.length)));
  let copied = 0;
  // rowid order: stable, and the order the rows were written in.
  for (let offset = 0; ; offset += batch) {
    const rows = await sql<Record<string, unknown>>`
      SELECT * FROM ${sql.table(table)} ORDER BY rowid LIMIT ${batch} OFFSET ${offset}`.execute(from);
    if (!rows.rows.length) return copied;
    await to.insertInto(table).values(rows.rows).execute();
    copied += rows.rows.length;
  }
}

/** After explicit ids were copied, each `serial` counter starts after the largest id. */
async function resetCounters(to: AnyDb): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`.execute(to);
  for (const r of rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${r.table_name}, ${r.column_name}),
      COALESCE((SELECT max(${sql.ref(r.column_name)}) FROM ${sql.table(r.table_name)}), 0) + 1, false)`.execute(
      to,
    );
  }
}

export async function moveSqliteToPostgres(opts: {
  dataDir: string;
  targetUrl: string;
}): Promise<MoveResult> {
  const pid = runningServer(opts.dataDir);
  if (pid)
    throw new MoveRefused(
      `Le serveur tourne encore sur ces données (processus ${pid}). Arrêtez-le, puis relancez la copie : rien n’a été copié.`,
    );
  const source = connect({ dataDir: opts.dataDir });
  let target: Database_ | undefined;
  try {
    await migrateToLatest(source);
    await ensurePostgresDatabase(opts.targetUrl);
    target = connect({ databaseUrl: opts.targetUrl, dataDir: opts.dataDir });
    await migrateToLatest(target);
    const targetDb = target.db as AnyDb;
    for (const t of OWNED_TABLES) {
      if ((await count(targetDb, t)) > 0)
        throw new MoveRefused(
          `La base PostgreSQL n’est pas vide (table ${t}). Donnez une base neuve : rien n’a été copié.`,
        );
    }
    const from = source.db as AnyDb;
    const tables = await referencesFirst(from, await sqliteTables(from));
    const missing: string[] = [];
    for (const t of tables) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name = ${t}`.execute(targetDb);
      if (!rows[0]?.n) missing.push(t);
    }
    if (missing.length)
      throw new MoveRefused(
        `La base PostgreSQL n’a pas les tables ${missing.join(', ')}. Mettez le serveur à jour des deux côtés : rien n’a été copié.`,
      );
    const result: MoveResult = { tables: [], rows: 0 };
    await targetDb.transaction().execute(async (trx) => {
      // Rows the migrations wrote (the restore epoch, job claims…) give way to the centre's own.
      for (const t of [...tables].reverse()) await trx.deleteFrom(t).execute();
      for (const t of tables) {
        const rows = await copyTable(from, trx, t);
        result.tables.push({ table: t, rows });
        result.rows += rows;
      }
      await resetCounters(trx);
      for (const { table, rows } of result.tables) {
        const there = await count(trx, table);
        if (there !== rows)
          throw new MoveRefused(
            `La table ${table} compte ${there} ligne(s) sur PostgreSQL pour ${rows} sur SQLite : la copie est annulée, rien n’a été gardé.`,
          );
      }
    });
    return result;
  } finally {
    await target?.close();
    await source.close();
  }
}
