// A pulled page and its cursor are one Dexie transaction (DESIGN.md "Sync"): failing each write of
// a page in turn — the first, the middle ones, the cursor last — leaves the tables and the cursor
// exactly as they were, so the same page is asked for again.
import { afterEach, describe, expect, it } from 'vitest';
import { watchWrites } from '../db/test-support/fail-writes';
import type { PullChange } from '../shared/protocol';
import { applyPullPage } from './apply-pull';
import { getState, setState } from './state';
import { deleteTestDbs, freshDb } from './test-support/local';
import { agent, centre, partner } from './test-support/reference';

afterEach(deleteTestDbs);

const page: PullChange[] = [
  { entity: 'partner', id: 'p1', version: 4, record: partner('p1') },
  { entity: 'partner', id: 'p2', version: 4, record: partner('p2') },
  { entity: 'agent', id: 'a1', version: 5, record: agent('a1') },
  { entity: 'centre', id: 'arbrisseau', version: 6, record: centre('Nouveau nom') },
  { entity: 'partner', id: 'p0', version: 6, deleted: true },
];

async function snapshot(db: ReturnType<typeof freshDb>) {
  return {
    partners: await db.partners.toArray(),
    agents: await db.agents.toArray(),
    cursor: await getState(db, 'pull:cursor'),
    centre: await getState(db, 'pull:centre'),
  };
}

async function seeded() {
  const db = freshDb();
  await db.partners.bulkPut([partner('p0'), partner('old')]);
  await setState(db, 'pull:cursor', '3.0');
  return db;
}

describe('a pulled page and its cursor are stored together or not at all', () => {
  for (const replace of [false, true]) {
    it(`whichever write of the page fails${replace ? ' (a reset: the tables are emptied first)' : ''}, nothing of it stays`, async () => {
      const probeDb = await seeded();
      const probe = watchWrites();
      try {
        await applyPullPage(probeDb, page, '6.4', { replace });
      } finally {
        probe.restore();
      }
      expect(await getState(probeDb, 'pull:cursor')).toBe('6.4');
      expect(probe.writes.at(-1)).toBe('syncState.put'); // the cursor is the last write
      expect(probe.writes.length).toBeGreaterThanOrEqual(replace ? 8 : 5);

      for (let failAt = 0; failAt < probe.writes.length; failAt++) {
        const db = await seeded();
        const before = await snapshot(db);
        const failing = watchWrites(failAt);
        try {
          await expect(applyPullPage(db, page, '6.4', { replace })).rejects.toThrow();
        } finally {
          failing.restore();
        }
        expect(await snapshot(db), `write ${failAt + 1} of ${probe.writes.length} failed`).toEqual(before);
      }
    });
  }
});
