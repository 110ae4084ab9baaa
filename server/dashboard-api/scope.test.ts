// Narrowing a scope by territory, below HTTP: the centres kept are those of the scope that lie in
// the territory asked for — not none, not all (a mutation run found no vitest test that held it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedWorld } from '../test-support/world';
import { narrowScope } from './scope';

describe.each(DB_KINDS)('dashboard scope narrowed on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedWorld(server.deps);
  });
  afterAll(() => server.close());
  const scope = { centreIds: ['centre-a', 'centre-b'], territoryIds: ['croissant-sud', 'versant-nord-est'] };

  it('keeps the centres of the scope that lie in the territory asked for', async () => {
    const db = server.deps.database.db;
    expect(await narrowScope(db, scope, { territory: ['versant-nord-est'] })).toEqual(['centre-b']);
    expect(await narrowScope(db, scope, { territory: ['croissant-sud', 'versant-nord-est'] })).toEqual([
      'centre-a',
      'centre-b',
    ]);
    expect(await narrowScope(db, scope, { territory: ['ailleurs'] })).toEqual([]);
    expect(await narrowScope(db, scope, { centre: ['centre-a'], territory: ['versant-nord-est'] })).toEqual(
      [],
    );
    expect(
      await narrowScope(db, { ...scope, centreIds: ['centre-a'] }, { territory: ['versant-nord-est'] }),
    ).toEqual([]);
  });
});
