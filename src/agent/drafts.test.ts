import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDraft, draftKeys, loadDraft, saveDraft, wipeContactDrafts } from './drafts';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

describe('drafts', () => {
  it('gives a form back exactly as it was saved', async () => {
    const key = draftKeys.newEncounter('agent-1');
    const value = { themes: ['email'], note: 'à revoir', open: ['profile'] };
    await saveDraft(t.db, key, value, new Date());
    expect(await loadDraft(t.db, key)).toEqual(value);
    await deleteDraft(t.db, key);
    expect(await loadDraft(t.db, key)).toBeUndefined();
  });

  it('wipes contact drafts older than the limit, and keeps other drafts', async () => {
    const enc = draftKeys.newEncounter('agent-1');
    await saveDraft(t.db, enc, { a: 1 }, new Date('2026-11-14T09:00:00Z'));
    await saveDraft(t.db, draftKeys.contact(enc), { firstName: 'Old' }, new Date('2026-11-14T09:00:00Z'));
    await saveDraft(t.db, draftKeys.contact('other'), { firstName: 'New' }, new Date('2026-11-14T09:58:00Z'));
    const wiped = await wipeContactDrafts(t.db, 10 * 60_000, new Date('2026-11-14T10:00:00Z'));
    expect(wiped).toBe(1);
    expect(await loadDraft(t.db, draftKeys.contact(enc))).toBeUndefined();
    expect(await loadDraft(t.db, draftKeys.contact('other'))).toEqual({ firstName: 'New' });
    expect(await loadDraft(t.db, enc)).toEqual({ a: 1 });
    expect(await wipeContactDrafts(t.db, 0, new Date('2026-11-14T10:00:00Z'))).toBe(1);
    expect(await t.db.drafts.count()).toBe(1);
  });
});
