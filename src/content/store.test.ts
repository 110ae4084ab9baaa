import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile';
import { BorneDatabase } from '../db/database';
import { type ContentBundle, hashedContentText } from '../shared/content';
import { sha256Hex } from './bundle-check';
import { newestStoredVersion, storeContentBundle } from './bundle-storage';
import { createContentStore } from './store';

const compiled = compileContent('content');

/** The real bundle under another version, its first guide title changed so its hash differs. */
async function bundleV(version: number, title = `Titre ${version}`): Promise<ContentBundle> {
  const copy = structuredClone(compiled);
  copy.version = version;
  copy.guides[0]!.title.fr = title;
  copy.hash = await sha256Hex(hashedContentText(copy));
  return copy;
}

const dbs: BorneDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function setup(shipped: () => Promise<unknown>) {
  const db = new BorneDatabase(`content-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  const store = createContentStore({ db: () => db, fetchShipped: shipped });
  return { db, store };
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('content store', () => {
  it('first load uses the bundle shipped with the app, and keeps it in the database', async () => {
    const v1 = await bundleV(1);
    const { db, store } = setup(async () => v1);
    const loaded = await store.loadContent();
    expect(loaded.version).toBe(1);
    expect(store.activeContent.value?.hash).toBe(v1.hash);
    expect(await newestStoredVersion(db)).toBe(1);
  });

  it('works with no network once a bundle is stored', async () => {
    const v3 = await bundleV(3);
    const { db, store } = setup(offline);
    await storeContentBundle(db, v3);
    expect((await store.loadContent()).hash).toBe(v3.hash);
  });

  it('prefers the stored bundle when it is newer than the shipped one, and the shipped one when newer', async () => {
    const [v2, v5] = [await bundleV(2), await bundleV(5)];
    const a = setup(async () => v2);
    await storeContentBundle(a.db, v5);
    expect((await a.store.loadContent()).version).toBe(5);

    const b = setup(async () => v5);
    await storeContentBundle(b.db, v2);
    expect((await b.store.loadContent()).version).toBe(5);
    expect(await newestStoredVersion(b.db)).toBe(5);
  });

  it('still shows the shipped bundle when the local database fails', async () => {
    const v1 = await bundleV(1);
    const store = createContentStore({
      db: () => {
        throw new Error('QuotaExceededError');
      },
      fetchShipped: async () => v1,
    });
    expect((await store.loadContent()).hash).toBe(v1.hash);
  });

  it('says in words when there is no content at all', async () => {
    const { store } = setup(offline);
    await expect(store.loadContent()).rejects.toThrow(/Les guides ne sont pas encore sur cette tablette/);
  });

  it('ignores a damaged shipped bundle and a damaged stored row', async () => {
    const v1 = await bundleV(1);
    const { db, store } = setup(async () => ({ ...v1, version: 9, guides: [] }));
    await storeContentBundle(db, v1);
    await db.contentBundles.put({ version: 7, etag: 'x', bundle: { version: 7 }, storedAt: 'now' });
    expect((await store.loadContent()).version).toBe(1);
    expect(await db.contentBundles.get(7)).toBeUndefined();
  });

  it('refuses a bad bundle whole and keeps the last good one', async () => {
    const v1 = await bundleV(1);
    const { db, store } = setup(async () => v1);
    await store.loadContent();

    const v2 = await bundleV(2);
    const missingArabic = structuredClone(v2);
    missingArabic.guides[3]!.steps[1]!.text.ar = '';
    const unknownTerm = structuredClone(v2);
    unknownTerm.guides[0]!.steps[0]!.terms = ['not-a-term'];
    const wrongHash = { ...v2, hash: 'a'.repeat(64) };
    const truncated = { ...v2, glossary: undefined };

    for (const bad of [missingArabic, unknownTerm, wrongHash, truncated, 'not json', null]) {
      expect(await store.installContentBundle(bad)).toBe(false);
    }
    expect(await newestStoredVersion(db)).toBe(1);
    expect(store.contentUpdateAvailable.value).toBe(false);
    expect(await store.adoptLatestContent()).toBe(false);
    expect(store.activeContent.value?.hash).toBe(v1.hash);
  });

  it('stores a new bundle at once but shows it only when adoptLatestContent() is called', async () => {
    const v1 = await bundleV(1);
    const { store } = setup(async () => v1);
    await store.loadContent();
    const shownBefore = store.activeContent.value;

    expect(await store.installContentBundle(await bundleV(2))).toBe(true);
    expect(store.contentUpdateAvailable.value).toBe(true);
    expect(store.activeContent.value).toBe(shownBefore);

    expect(await store.adoptLatestContent()).toBe(true);
    expect(store.activeContent.value?.version).toBe(2);
    expect(store.activeContent.value?.guides[0]?.title.fr).toBe('Titre 2');
    expect(store.contentUpdateAvailable.value).toBe(false);
    expect(await store.adoptLatestContent()).toBe(false);
  });

  it('keeps the previous bundle and the one on screen, and prunes older ones', async () => {
    const v1 = await bundleV(1);
    const { db, store } = setup(async () => v1);
    await store.loadContent();
    for (const version of [2, 3, 4])
      expect(await store.installContentBundle(await bundleV(version))).toBe(true);
    // On screen: 1 (not adopted yet); newest: 4 and the one before it: 3.
    expect((await db.contentBundles.toCollection().primaryKeys()).sort()).toEqual([1, 3, 4]);
    await store.adoptLatestContent();
    expect(await store.installContentBundle(await bundleV(5))).toBe(true);
    expect((await db.contentBundles.toCollection().primaryKeys()).sort()).toEqual([4, 5]);
  });

  it('installing the same bundle twice is harmless', async () => {
    const v1 = await bundleV(1);
    const { db, store } = setup(offline);
    expect(await store.installContentBundle(v1)).toBe(true);
    expect(await store.installContentBundle(structuredClone(v1))).toBe(true);
    expect(await db.contentBundles.count()).toBe(1);
  });

  it('accepts a bundle from a newer server with fields this tablet does not know', async () => {
    const v2 = await bundleV(2);
    const future = structuredClone(v2) as ContentBundle & { audio?: string };
    (future.guides[0] as unknown as Record<string, unknown>).audio = '/audio/x.mp3';
    future.hash = await sha256Hex(hashedContentText(future));
    const { store } = setup(offline);
    expect(await store.installContentBundle(future)).toBe(true);
    expect((await store.loadContent()).version).toBe(2);
  });
});
