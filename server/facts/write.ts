// Keeps the figures' side tables in step with `records`, in the caller's transaction: every place
// that inserts, updates or deletes a record calls writeFacts (push, quarantine correction, erasure)
// or dropFacts (deletions). A test (facts-in-step.test.ts) checks that no other module writes
// `records` without them. Both also keep the count table (counts.ts) in step: the counts of the
// facts removed are subtracted, those of the facts written added, in one upsert in key order —
// from the facts in memory at push (no read), from the facts read back before a removal.
import type { Kysely, Transaction } from 'kysely';
import type { FactTable, FigureCountRow } from '../db/facts-schema';
import { insertRows } from '../db/insert-rows';
import type { DB } from '../db/schema';
import { applyCounts, countFacts, readCountedFacts } from './counts';
import { emptyFacts, extractFacts, type FactSource, type Facts } from './extract';

// biome-ignore lint/suspicious/noExplicitAny: also used by migrations, against the schema as it was then.
type AnyDb = Kysely<any> | Transaction<any>;
type Db = Kysely<DB> | Transaction<DB> | AnyDb;

export const FACT_TABLES: readonly FactTable[] = [
  'encounter_facts',
  'record_values',
  'outing_facts',
  'kiosk_facts',
  'survey_facts',
  'card_sightings',
  'skill_answers',
];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Removes every fact row of these records (a deleted or erased record counts nowhere). */
export async function dropFacts(db: Db, recordIds: readonly string[]): Promise<void> {
  await applyCounts(db as AnyDb, await removeFacts(db, recordIds, new Map()));
}

/** Deletes the facts of these records, their counts subtracted into `deltas` (counts: false: not). */
async function removeFacts(
  db: Db,
  recordIds: readonly string[],
  deltas: Map<string, FigureCountRow> | undefined,
): Promise<Map<string, FigureCountRow>> {
  const ids = [...new Set(recordIds)];
  if (deltas && ids.length) countFacts(await readCountedFacts(db as AnyDb, ids), -1, deltas);
  for (const part of chunks(ids, 500)) {
    for (const table of FACT_TABLES)
      await (db as AnyDb).deleteFrom(table).where('record_id', 'in', part).execute();
  }
  return deltas ?? new Map();
}

/** Columns to write per table (a migration's back-fill names its own; default: every column). */
export type FactColumns = Partial<Record<FactTable, readonly string[]>>;

/** Each table's rows in one statement (server/db/insert-rows.ts: ~8 fact rows per pushed record). */
async function insertFacts(db: Db, facts: Facts, columns?: FactColumns): Promise<void> {
  for (const table of FACT_TABLES) {
    const rows = facts[table] as unknown as Record<string, unknown>[];
    await insertRows(db as AnyDb, table, rows, columns?.[table]);
  }
}

/**
 * Writes the facts of these records as they are now. `fresh`: the records were just inserted and
 * have no facts yet (the push's new records), so nothing needs deleting first. `counts: false`:
 * leave figure_counts alone (a migration's refill, before 014 or followed by recountFigures).
 * `countsInto`: add the count deltas to this map instead, for the caller to apply once with
 * applyCounts, as late in its transaction as it can (a push: its count rows are the ones every
 * push of the centre and day waits for).
 */
export async function writeFacts(
  db: Db,
  sources: readonly FactSource[],
  opts: {
    fresh?: boolean;
    columns?: FactColumns;
    counts?: boolean;
    countsInto?: Map<string, FigureCountRow>;
  } = {},
): Promise<void> {
  if (!sources.length) return;
  const counted = opts.counts !== false;
  const deltas =
    opts.fresh || !counted
      ? (opts.countsInto ?? new Map<string, FigureCountRow>())
      : await removeFacts(
          db,
          sources.map((s) => s.id),
          opts.countsInto ?? new Map(),
        );
  if (!opts.fresh && !counted)
    await removeFacts(
      db,
      sources.map((s) => s.id),
      undefined,
    );
  const facts = emptyFacts();
  for (const s of sources) extractFacts(s, facts);
  await insertFacts(db, facts, opts.columns);
  if (!counted) return;
  countFacts(facts, 1, deltas);
  if (!opts.countsInto) await applyCounts(db as AnyDb, deltas);
}

/**
 * Re-extracts the facts of every stored record (of `entities`, default all), 500 at a time in id
 * order: migration 010's back-fill, and the tool of a later migration that adds a fact. It leaves
 * figure_counts alone (it may run before 014 made it): a migration that refills facts the counts
 * read calls recountFigures (counts-sql.ts) after it.
 */
export async function refillFacts(
  db: AnyDb,
  opts: { entities?: readonly string[]; columns?: FactColumns } = {},
): Promise<number> {
  let after = '';
  let done = 0;
  for (;;) {
    let q = db
      .selectFrom('records')
      .select(['id', 'entity', 'centre_id', 'agent_id', 'created_at', 'deleted', 'data'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500);
    if (opts.entities) q = q.where('entity', 'in', [...opts.entities]);
    const rows = (await q.execute()) as (Omit<FactSource, 'data'> & { data: string })[];
    if (!rows.length) return done;
    await writeFacts(
      db,
      rows.map((r) => ({
        ...r,
        deleted: Number(r.deleted),
        data: JSON.parse(r.data) as Record<string, unknown>,
      })),
      { columns: opts.columns, counts: false },
    );
    done += rows.length;
    after = rows.at(-1)!.id;
  }
}
