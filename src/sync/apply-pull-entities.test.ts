// What each kind of pulled change does to the tablet, and how it is counted: a centre, a command
// or the content pointer the tablet cannot read, or marked deleted, leaves what it holds as it was;
// an entity it does not know yet is skipped; what it can read is applied and counted once.
import { afterEach, describe, expect, it } from 'vitest';
import type { PullChange } from '../shared/protocol';
import { applyPullPage } from './apply-pull';
import { getState, setState } from './state';
import { deleteTestDbs, freshDb } from './test-support/local';
import { centre, partner } from './test-support/reference';

afterEach(deleteTestDbs);

const pointer = { id: 'current' as const, version: 1, etag: 'v1' };

async function seeded() {
  const db = freshDb();
  await setState(db, 'pull:centre', centre('Ancien nom'));
  await setState(db, 'content:pointer', pointer);
  await db.partners.put(partner('p1'));
  return db;
}

async function held(db: ReturnType<typeof freshDb>) {
  return {
    centre: (await getState(db, 'pull:centre'))?.name,
    pointer: await getState(db, 'content:pointer'),
    wipe: await getState(db, 'pull:wipe'),
    partners: (await db.partners.toArray()).map((p) => p.name),
  };
}

describe('each kind of pulled change', () => {
  it('one it cannot read, or a deleted centre, command or content, changes nothing it holds', async () => {
    const db = await seeded();
    const page = [
      { entity: 'borne_future', id: 'x', version: 1, record: { id: 'x' } },
      { entity: 'centre', id: 'arbrisseau', version: 2, deleted: true },
      { entity: 'centre', id: 'arbrisseau', version: 3, record: { id: 'arbrisseau', name: 'Sans clé' } },
      { entity: 'device_command', id: 'c1', version: 4, deleted: true },
      { entity: 'device_command', id: 'c2', version: 5, record: { id: 'c2', command: 'formater' } },
      { entity: 'content', id: 'current', version: 6, deleted: true },
      { entity: 'content', id: 'current', version: 7, record: { id: 'current', version: 'deux' } },
      { entity: 'partner', id: 'p1', version: 8, record: { id: 'p1', name: 'sans territoire' } },
    ] as PullChange[];
    expect(await applyPullPage(db, page, '8.0')).toEqual({ applied: 3, keptPending: 0, skipped: 5 });
    expect(await held(db)).toEqual({
      centre: 'Ancien nom',
      pointer,
      wipe: undefined,
      partners: ['Partenaire p1'],
    });
    expect(await getState(db, 'pull:cursor')).toBe('8.0');
  });

  it('one it can read is applied and counted once', async () => {
    const db = await seeded();
    const page: PullChange[] = [
      { entity: 'centre', id: 'arbrisseau', version: 2, record: centre('Nouveau nom') },
      { entity: 'device_command', id: 'c1', version: 3, record: { id: 'c1', command: 'wipe', at: 'hier' } },
      { entity: 'content', id: 'current', version: 4, record: { id: 'current', version: 2, etag: 'v2' } },
      { entity: 'partner', id: 'p1', version: 5, deleted: true },
      { entity: 'partner', id: 'p2', version: 6, record: partner('p2', 'Nouveau partenaire') },
    ];
    expect(await applyPullPage(db, page, '6.0')).toEqual({ applied: 5, keptPending: 0, skipped: 0 });
    expect(await held(db)).toEqual({
      centre: 'Nouveau nom',
      pointer: { id: 'current', version: 2, etag: 'v2' },
      wipe: { id: 'c1', at: 'hier' },
      partners: ['Nouveau partenaire'],
    });
  });
});
