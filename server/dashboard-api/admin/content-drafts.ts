// Guides and glossary edited on the dashboard: drafts beside the published bundle (content_drafts),
// published together as a new content version through publishContentBundle, which tablets take on
// their next sync. A draft with data null deletes its item at publication.
import type { Kysely } from 'kysely';
import type { ContentBundle, GlossaryTerm, Guide } from '../../../src/shared/content';
import type { DB } from '../../db/schema';
import { currentContent, publishContentBundle } from '../../services/content';

export type DraftKind = 'guide' | 'glossary';

export interface Draft<T> {
  id: string;
  data: T | null;
  updatedAt: string;
  updatedBy: string | null;
}

export async function publishedBundle(db: Kysely<DB>): Promise<ContentBundle> {
  const current = await currentContent(db);
  return current
    ? (JSON.parse(current.bundleJson) as ContentBundle)
    : { version: 0, hash: '0'.repeat(64), guides: [], glossary: [], synonyms: {} };
}

export async function loadDrafts<T>(db: Kysely<DB>, kind: DraftKind): Promise<Map<string, Draft<T>>> {
  const rows = await db.selectFrom('content_drafts').selectAll().where('kind', '=', kind).execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        data: r.data === null ? null : (JSON.parse(r.data) as T),
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      },
    ]),
  );
}

export async function saveDraft(
  db: Kysely<DB>,
  kind: DraftKind,
  id: string,
  data: unknown | null,
  userId: string,
  now: Date,
): Promise<string> {
  const values = {
    data: data === null ? null : JSON.stringify(data),
    updated_by: userId,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('content_drafts')
    .values({ kind, id, ...values })
    .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet(values))
    .execute();
  return values.updated_at;
}

export async function deleteDraft(db: Kysely<DB>, kind: DraftKind, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('content_drafts')
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export class NothingToPublish extends Error {}

/**
 * Applies every draft to the published bundle and publishes the result. A changed guide gets the
 * next version number (the tablet shows "mis à jour"). The drafts published are then removed,
 * unless someone saved them again meanwhile (matched on updated_at).
 */
export async function publishDrafts(db: Kysely<DB>, userId: string, now: Date) {
  const [bundle, guideDrafts, termDrafts] = await Promise.all([
    publishedBundle(db),
    loadDrafts<Guide>(db, 'guide'),
    loadDrafts<GlossaryTerm>(db, 'glossary'),
  ]);
  if (!guideDrafts.size && !termDrafts.size) throw new NothingToPublish();

  const guides = bundle.guides.filter((g) => !guideDrafts.has(g.id) || guideDrafts.get(g.id)!.data !== null);
  const changed: string[] = [];
  for (const draft of guideDrafts.values()) {
    if (!draft.data) {
      changed.push(draft.id);
      continue;
    }
    const index = guides.findIndex((g) => g.id === draft.id);
    const version = index >= 0 ? guides[index]!.version + 1 : 1;
    const next = { ...draft.data, id: draft.id, version };
    if (index >= 0) guides[index] = next;
    else guides.push(next);
    changed.push(draft.id);
  }
  const glossary = bundle.glossary.filter(
    (t) => !termDrafts.has(t.id) || termDrafts.get(t.id)!.data !== null,
  );
  for (const draft of termDrafts.values()) {
    if (!draft.data) continue;
    const next = { ...draft.data, id: draft.id };
    const index = glossary.findIndex((t) => t.id === draft.id);
    if (index >= 0) glossary[index] = next;
    else glossary.push(next);
  }
  const published = await publishContentBundle(
    db,
    { version: bundle.version + 1, hash: bundle.hash, guides, glossary, synonyms: bundle.synonyms },
    userId,
    now,
  );
  for (const [kind, drafts] of [
    ['guide', guideDrafts],
    ['glossary', termDrafts],
  ] as const) {
    for (const d of drafts.values()) {
      await db
        .deleteFrom('content_drafts')
        .where('kind', '=', kind)
        .where('id', '=', d.id)
        .where('updated_at', '=', d.updatedAt)
        .execute();
    }
  }
  return {
    version: published.version,
    created: published.created,
    guides: changed.sort(),
    glossaryChanged: termDrafts.size,
  };
}
