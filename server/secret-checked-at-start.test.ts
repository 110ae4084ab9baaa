// Issue 9, "A wrong server secret is caught at start": with a changed or lost BORNE_SECRET (or
// secret.key) the server refuses to start, with a sentence saying what happened and how to
// recover; and what it keeps on disk is private: the data directory 0700, the database and key
// files 0600.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { openRuntime } from './runtime';
import { createCentre, ensureTerritory } from './services/centres';
import { createTestDatabase, DB_KINDS } from './test-support/databases';

describe.each(DB_KINDS)('the server secret is checked at start on %s', (kind) => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  const config = (secret: string | undefined) => ({
    ...loadConfig({}),
    databaseUrl: target.databaseUrl,
    dataDir: join(target.dataDir, 'data'),
    secret,
  });

  beforeAll(async () => {
    target = await createTestDatabase(kind);
    const deps = await openRuntime(config('le-secret-d-origine'));
    await ensureTerritory(deps.database.db, 'sud', 'Croissant sud');
    await createCentre(
      deps.database.db,
      deps.secrets,
      { id: 'centre-a', territoryId: 'sud', name: 'Centre A', commune: 'Lille' },
      deps.now(),
    );
    await deps.database.close();
  });
  afterAll(() => target.drop());

  it('a changed BORNE_SECRET: the server refuses to start and says how to recover', async () => {
    await expect(openRuntime(config('un-autre-secret'))).rejects.toThrow(
      /BORNE_SECRET.*n’ouvre pas la clé du centre « Centre A ».*Remettez le secret d’origine/s,
    );
  });

  it('a lost BORNE_SECRET (a key file made instead): refused the same way, naming the key file', async () => {
    await expect(openRuntime(config(undefined))).rejects.toThrow(
      /secret\.key.*n’ouvre pas la clé du centre/s,
    );
  });

  it('the right secret starts, and the data directory, database and key files are private', async () => {
    const deps = await openRuntime(config('le-secret-d-origine'));
    await deps.database.close();
    const dir = join(target.dataDir, 'data');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = ['secret.key', 'borne.db', 'borne.db-wal', 'borne.db-shm']
      .map((f) => join(dir, f))
      .filter(existsSync);
    if (kind === 'sqlite') expect(files.map((f) => f.split('/').at(-1))).toContain('borne.db');
    for (const f of files) expect([f, statSync(f).mode & 0o077]).toEqual([f, 0]);
  });

  it('an existing data directory and files left readable by others are made private at start', async () => {
    const dir = join(target.dataDir, 'data');
    const { chmodSync } = await import('node:fs');
    chmodSync(dir, 0o755);
    const loose = join(dir, 'secret.key');
    if (!existsSync(loose)) writeFileSync(loose, 'x'.repeat(64));
    chmodSync(loose, 0o644);
    if (existsSync(join(dir, 'borne.db'))) chmodSync(join(dir, 'borne.db'), 0o644);
    const deps = await openRuntime(config('le-secret-d-origine')).catch(() => undefined);
    await deps?.database.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(loose).mode & 0o077).toBe(0);
    if (kind === 'sqlite') expect(statSync(join(dir, 'borne.db')).mode & 0o077).toBe(0);
  });
});
