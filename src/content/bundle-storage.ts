// Content bundles kept offline in Dexie (table contentBundles, keyed by version). No DOM and no
// signals: the sync worker may install a bundle; the page's store (store.ts) decides when to use it.
import type { BorneDatabase } from '../db/database';
import { clock } from '../platform/clock';
import type { ContentBundle } from '../shared/content';
import { formatIssue } from '../shared/content';
import { verifyContentBundle } from './bundle-check';

/** How many bundles are kept besides the one on screen: the newest and the one before it. */
export const KEPT_BUNDLES = 2;

export type InstallResult = { installed: true; version: number } | { installed: false; reason: string };

/**
 * Validates the whole bundle, then stores it in one transaction and prunes old ones, keeping the
 * previous bundle and `keepVersion` (the bundle on screen). A bad bundle changes nothing. The row's
 * etag is the content hash, which is also the server's ETag.
 */
export async function storeContentBundle(
  db: BorneDatabase,
  input: unknown,
  opts: { keepVersion?: number; now?: () => Date } = {},
): Promise<InstallResult> {
  const check = await verifyContentBundle(input);
  if (!check.ok) {
    const first = check.issues[0];
    return {
      installed: false,
      reason: `Contenu refusé (${check.issues.length} erreur${check.issues.length > 1 ? 's' : ''}) : ${
        first ? formatIssue(first) : ''
      }`,
    };
  }
  const { version, hash } = check.bundle;
  const storedAt = (opts.now ?? clock.now)().toISOString();
  await db.transaction('rw', db.contentBundles, async () => {
    const existing = await db.contentBundles.get(version);
    if (existing?.etag === hash) return;
    await db.contentBundles.put({ version, etag: hash, bundle: input, storedAt });
    const versions = (await db.contentBundles.toCollection().primaryKeys()).sort((a, b) => b - a);
    const stale = versions.slice(KEPT_BUNDLES).filter((v) => v !== opts.keepVersion);
    if (stale.length > 0) await db.contentBundles.bulkDelete(stale);
  });
  return { installed: true, version };
}

/**
 * The newest stored bundle that passes validation. Rows that fail (a damaged store) are deleted so
 * they are not tried again.
 */
export async function newestStoredBundle(db: BorneDatabase): Promise<ContentBundle | undefined> {
  const versions = (await db.contentBundles.toCollection().primaryKeys()).sort((a, b) => b - a);
  for (const version of versions) {
    const row = await db.contentBundles.get(version);
    if (!row) continue;
    const check = await verifyContentBundle(row.bundle);
    if (check.ok) return check.bundle;
    console.warn(`[content] bundle ${version} stored on this tablet is damaged; deleted`);
    await db.contentBundles.delete(version);
  }
  return undefined;
}

/** The newest stored version number, without reading the bundles. */
export async function newestStoredVersion(db: BorneDatabase): Promise<number | undefined> {
  const versions = await db.contentBundles.toCollection().primaryKeys();
  return versions.length > 0 ? Math.max(...versions) : undefined;
}
