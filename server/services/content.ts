// Published content bundles (table content_versions; the highest version is current).
// Publishing bumps the server-wide change counter in the same transaction, so tablets learn of the
// new bundle through their next pull (the `content` pointer) and fetch GET /api/v1/content.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { ContentError, compileContent } from '../../scripts/content/compile';
import {
  type ContentBundle,
  type ContentIssue,
  checkContentBundle,
  formatIssue,
  hashedContentText,
} from '../../src/shared/content';
import type { Deps } from '../app-env';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';

/** `published_by` of bundles compiled from content/ (the dashboard writes a user id). */
export const BUILD_PUBLISHER = 'build';

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

export class ContentPublishError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Contenu invalide (${issues.length} erreur${issues.length > 1 ? 's' : ''}) : ${issues
        .slice(0, 5)
        .map(formatIssue)
        .join(' ; ')}`,
    );
    this.name = 'ContentPublishError';
  }
}

export interface PublishedContent {
  version: number;
  /** SHA-256 of the content; also the HTTP ETag (quoted there). */
  etag: string;
  /** The bundle as served, JSON text (its `version` is the published version). */
  bundleJson: string;
  changeVersion: number;
  publishedAt: string;
  publishedBy: string | null;
}

export function contentHash(content: Pick<ContentBundle, 'guides' | 'glossary' | 'synonyms'>): string {
  return createHash('sha256').update(hashedContentText(content)).digest('hex');
}

/** The current (highest) published version, or undefined when nothing was published. */
export async function currentContent(db: Kysely<DB>): Promise<PublishedContent | undefined> {
  const row = await db
    .selectFrom('content_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        version: row.version,
        etag: row.etag,
        bundleJson: row.bundle,
        changeVersion: row.change_version,
        publishedAt: row.published_at,
        publishedBy: row.published_by,
      }
    : undefined;
}

/**
 * Validates `input` whole and publishes it as a new version: max(current + 1, bundle.version).
 * The hash is recomputed here, never trusted. Publishing the content already current changes
 * nothing (`created: false`).
 */
export async function publishContentBundle(
  db: Kysely<DB>,
  input: unknown,
  publishedBy: string | null,
  now: Date,
): Promise<PublishedContent & { created: boolean }> {
  // Checked with a correct hash: the caller's hash may be stale after an edit, it is recomputed.
  const candidate =
    input !== null && typeof input === 'object' ? { ...(input as object), hash: '0'.repeat(64) } : input;
  const check = checkContentBundle(candidate);
  if (!check.ok) throw new ContentPublishError(check.issues);
  const { guides, glossary, synonyms } = check.bundle;
  const hash = contentHash({ guides, glossary, synonyms });

  try {
    return await db.transaction().execute(async (trx) => {
      // The counter row is locked first: concurrent publications queue here, then read the max.
      const changeVersion = await bumpChangeVersion(trx);
      const current = await currentContent(trx);
      // Rolled back (the counter bump with it): tablets have nothing new to fetch.
      if (current?.etag === hash) throw new AlreadyCurrent(current);
      const version = Math.max((current?.version ?? 0) + 1, check.bundle.version);
      const bundleJson = JSON.stringify({ version, hash, guides, glossary, synonyms });
      const publishedAt = now.toISOString();
      await trx
        .insertInto('content_versions')
        .values({
          version,
          bundle: bundleJson,
          etag: hash,
          change_version: changeVersion,
          published_at: publishedAt,
          published_by: publishedBy,
        })
        .execute();
      return { version, etag: hash, bundleJson, changeVersion, publishedAt, publishedBy, created: true };
    });
  } catch (error) {
    if (error instanceof AlreadyCurrent) return { ...error.current, created: false };
    throw error;
  }
}

class AlreadyCurrent extends Error {
  constructor(readonly current: PublishedContent) {
    super('content already current');
  }
}

export type BuiltContentSync =
  | { published: true; version: number }
  | { published: false; reason: 'up_to_date' | 'dashboard_newer' | 'invalid'; message?: string };

/**
 * Publishes the content compiled from content/ when the database has none, or when it differs from
 * the latest version published by the build and no later version came from the dashboard (the
 * dashboard's edits are never overwritten by a server restart). Never throws for bad content: the
 * server keeps serving the last good version and says why.
 */
export async function syncBuiltContent(
  deps: Pick<Deps, 'database' | 'now'>,
  contentDir: string = CONTENT_DIR,
): Promise<BuiltContentSync> {
  let built: ContentBundle;
  try {
    built = compileContent(contentDir);
  } catch (error) {
    const message = error instanceof ContentError ? error.message : String(error);
    return { published: false, reason: 'invalid', message };
  }
  const db = deps.database.db;
  const current = await currentContent(db);
  if (current && current.publishedBy !== BUILD_PUBLISHER)
    return { published: false, reason: 'dashboard_newer' };
  if (current?.etag === built.hash) return { published: false, reason: 'up_to_date' };
  const result = await publishContentBundle(db, built, BUILD_PUBLISHER, deps.now());
  return { published: true, version: result.version };
}

/** One line for the server's start-up log. */
export function describeContentSync(result: BuiltContentSync): string {
  if (result.published) return `Guides publiés depuis content/ (version ${result.version}).`;
  if (result.reason === 'invalid') {
    return `Attention : content/ contient des erreurs, les guides déjà publiés restent en service.\n${result.message}`;
  }
  return result.reason === 'dashboard_newer'
    ? 'Guides : la version publiée depuis le tableau de bord est gardée.'
    : 'Guides à jour.';
}
