import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile';
import { verifyContentBundle } from '../../src/content/bundle-check';
import { type ContentBundle, checkContentBundle } from '../../src/shared/content';
import {
  BUILD_PUBLISHER,
  ContentPublishError,
  currentContent,
  publishContentBundle,
  syncBuiltContent,
} from '../services/content';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';

const built = compileContent('content');

function edited(title: string, version = built.version): ContentBundle {
  const copy = structuredClone(built);
  copy.version = version;
  copy.guides[0]!.title.fr = title;
  return copy;
}

async function changeCounter(server: TestServer): Promise<number> {
  const row = await server.deps.database.db
    .selectFrom('change_counter')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.version;
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(DB_KINDS)('content publication and GET /api/v1/content (%s)', (kind) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(kind);
  });
  afterEach(() => server.close());

  it('answers 404 in words when nothing is published', async () => {
    const res = await server.app.request('/api/v1/content');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/Aucun guide/);
  });

  it('serves the current bundle with an ETag, no-cache, and 304 when the ETag matches', async () => {
    const published = await publishContentBundle(server.deps.database.db, built, 'build', server.deps.now());
    const res = await server.app.request('/api/v1/content');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    const etag = res.headers.get('ETag');
    expect(etag).toBe(`"${published.etag}"`);
    const body = (await res.json()) as ContentBundle;
    expect(body.version).toBe(published.version);
    expect(body.hash).toBe(built.hash);
    expect(checkContentBundle(body).ok).toBe(true);
    expect(body.guides).toHaveLength(built.guides.length);

    const again = await server.app.request('/api/v1/content', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const weak = await server.app.request('/api/v1/content', { headers: { 'If-None-Match': `W/${etag}` } });
    expect(weak.status).toBe(304);
    const other = await server.app.request('/api/v1/content', { headers: { 'If-None-Match': '"abc"' } });
    expect(other.status).toBe(200);
  });

  it('a publication gets a higher version, bumps the change counter, and changes the ETag', async () => {
    const db = server.deps.database.db;
    const first = await publishContentBundle(db, built, 'build', server.deps.now());
    const counterBefore = await changeCounter(server);
    const second = await publishContentBundle(db, edited('Nouveau titre'), 'user-1', server.deps.now());
    expect(second.created).toBe(true);
    expect(second.version).toBe(first.version + 1);
    expect(second.changeVersion).toBe(counterBefore + 1);
    expect(await changeCounter(server)).toBe(counterBefore + 1);
    expect(second.etag).not.toBe(first.etag);
    // The ETag is the bundle's own hash, one the tablet's check accepts (not a value recomputed here).
    const served = JSON.parse(second.bundleJson) as ContentBundle;
    expect(second.etag).toMatch(/^[0-9a-f]{64}$/);
    expect(served.hash).toBe(second.etag);
    // The tablet's own check (WebCrypto, not the server's hashing) accepts it, and refuses the old hash.
    expect((await verifyContentBundle(served)).ok).toBe(true);
    expect((await verifyContentBundle({ ...served, hash: first.etag })).ok).toBe(false);

    const res = await server.app.request('/api/v1/content', {
      headers: { 'If-None-Match': `"${first.etag}"` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ContentBundle).guides[0]?.title.fr).toBe('Nouveau titre');
  });

  it('takes the bundle’s own version when it is higher, and ignores a stale hash from the caller', async () => {
    const db = server.deps.database.db;
    await publishContentBundle(db, built, 'build', server.deps.now());
    const published = await publishContentBundle(
      db,
      { ...edited('Titre', 40), hash: 'f'.repeat(64) },
      'user-1',
      server.deps.now(),
    );
    expect(published.version).toBe(40);
    const stored = JSON.parse(published.bundleJson) as ContentBundle;
    expect(stored.hash).not.toBe('f'.repeat(64));
    expect(stored.hash).toBe(published.etag);
    expect((await verifyContentBundle(stored)).ok).toBe(true); // the tablet accepts the hash written
  });

  it('publishing the current content again changes nothing', async () => {
    const db = server.deps.database.db;
    const first = await publishContentBundle(db, built, 'build', server.deps.now());
    const counter = await changeCounter(server);
    const again = await publishContentBundle(db, structuredClone(built), 'user-1', server.deps.now());
    expect(again.created).toBe(false);
    expect(again.version).toBe(first.version);
    expect(await changeCounter(server)).toBe(counter);
  });

  it('refuses an invalid bundle whole, naming the field, and keeps the current one', async () => {
    const db = server.deps.database.db;
    const first = await publishContentBundle(db, built, 'build', server.deps.now());
    const broken = edited('Titre');
    broken.guides[1]!.steps[0]!.text.ar = '';
    await expect(publishContentBundle(db, broken, 'user-1', server.deps.now())).rejects.toThrow(
      ContentPublishError,
    );
    await expect(publishContentBundle(db, broken, 'user-1', server.deps.now())).rejects.toThrow(
      /guides\.1\.steps\.0\.text\.ar est vide/,
    );
    expect((await currentContent(db))?.version).toBe(first.version);
  });

  it('syncBuiltContent publishes content/ on an empty database, then only when content/ changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-built-'));
    tempDirs.push(dir);
    cpSync(resolve('content'), join(dir, 'content'), { recursive: true });
    cpSync(resolve('public'), join(dir, 'public'), { recursive: true });
    const contentDir = join(dir, 'content');

    expect(await syncBuiltContent(server.deps, contentDir)).toEqual({
      published: true,
      version: built.version,
    });
    expect((await currentContent(server.deps.database.db))?.publishedBy).toBe(BUILD_PUBLISHER);
    expect(await syncBuiltContent(server.deps, contentDir)).toEqual({
      published: false,
      reason: 'up_to_date',
    });

    const file = join(contentDir, 'guides', 'cheque-energie.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: \d+$/m, 'version: 99'));
    expect(await syncBuiltContent(server.deps, contentDir)).toEqual({
      published: true,
      version: built.version + 1,
    });

    // A broken content/ keeps the published version and says why.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('institution: cheque_energie', 'institution: edf'),
    );
    const invalid = await syncBuiltContent(server.deps, contentDir);
    expect(invalid).toMatchObject({ published: false, reason: 'invalid' });
    expect(invalid.published === false && invalid.message).toMatch(
      /cheque-energie\.yaml ligne 3 : institution/,
    );
  });

  it('syncBuiltContent never overwrites a version published from the dashboard', async () => {
    const db = server.deps.database.db;
    await publishContentBundle(db, edited('Ancien'), 'build', server.deps.now());
    const fromDashboard = await publishContentBundle(
      db,
      edited('Depuis le tableau de bord'),
      'user-1',
      server.deps.now(),
    );
    expect(await syncBuiltContent(server.deps)).toEqual({ published: false, reason: 'dashboard_newer' });
    expect((await currentContent(db))?.version).toBe(fromDashboard.version);
  });
});
