import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passIdFromBytes } from '../../shared/pass';
import { FormError } from '../context';
import { testContext } from '../test-support/context';
import { checksOnThisTablet, saveSkillsCheck } from './skills-checks';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const card = passIdFromBytes(new Uint8Array(16).fill(9));

describe('skills checks on the tablet', () => {
  it('saves the answers with their outbox entry; « vu faire » only on answered items', async () => {
    const c = await saveSkillsCheck(t.ctx, {
      passId: card,
      context: 'atelier',
      items: { email: 'avec_aide', clavier: 'seul' },
      observed: ['clavier', 'imprimer'],
    });
    expect(await t.db.skillsChecks.get(c.id)).toEqual(c);
    expect(c).toMatchObject({ passId: card, deviceId: 'dev-1', agentId: 'agent-1', observed: ['clavier'] });
    const [entry] = await t.db.outbox.toArray();
    expect(entry).toMatchObject({ entity: 'skills_check', op: 'upsert', recordId: c.id });
  });

  it('refuses a check without any answer, and writes nothing', async () => {
    await expect(
      saveSkillsCheck(t.ctx, { context: 'borne', items: {}, observed: [] }),
    ).rejects.toBeInstanceOf(FormError);
    expect(await t.db.outbox.count()).toBe(0);
  });

  it('lists a card’s earlier checks made by this tablet only, oldest first', async () => {
    t.setNow(new Date('2026-11-10T10:00:00.000Z'));
    const first = await saveSkillsCheck(t.ctx, {
      passId: card,
      context: 'atelier',
      items: { email: 'pas_encore' },
      observed: [],
    });
    t.setNow(new Date('2026-12-10T10:00:00.000Z'));
    const second = await saveSkillsCheck(t.ctx, {
      passId: card,
      context: 'atelier',
      items: { email: 'seul' },
      observed: [],
    });
    // A check of another tablet (as a restored or imported row would be) is never shown here.
    await t.db.skillsChecks.put({
      ...first,
      id: '019a3000-0000-7000-8000-0000000000ff',
      deviceId: 'other-tablet',
    });
    const list = await checksOnThisTablet(t.db, 'dev-1', card);
    expect(list.map((c) => c.id)).toEqual([first.id, second.id]);
  });
});
