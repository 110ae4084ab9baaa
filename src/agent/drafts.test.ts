import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSealed } from '../crypto/seal';
import { type ContactForm, emptyContactForm } from './contact-form';
import { saveSealedContactDraft } from './contacts';
import { FormError } from './context';
import {
  deleteDraft,
  draftKeys,
  isSealedContactDraft,
  loadContactDraft,
  loadDraft,
  type SealedContactDraft,
  saveContactDraft,
  saveDraft,
  wipeContactDrafts,
} from './drafts';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const typed = (): ContactForm => ({
  ...emptyContactForm('fr'),
  purposes: ['rappel'],
  firstName: 'Nadia',
  lastName: 'Benali',
  phone: '06 12 34 56 78',
  email: 'nadia.benali@courriel-test.fr',
  channel: 'telephone',
});
/** What the typed form seals, written out (phone and e-mail normalised), not computed by the code. */
const SEALED_FIELDS = {
  firstName: 'Nadia',
  lastName: 'Benali',
  phone: '+33612345678',
  email: 'nadia.benali@courriel-test.fr',
  language: 'fr',
  preferredChannel: 'telephone',
};
const CLEAR = [
  'Nadia',
  'Benali',
  '06 12 34 56 78',
  '0612345678',
  '612345678',
  'nadia.benali',
  'courriel-test',
];
const contactKey = draftKeys.contact(draftKeys.newEncounter('agent-1'));

describe('drafts', () => {
  it('gives a form back exactly as it was saved', async () => {
    const key = draftKeys.newEncounter('agent-1');
    const value = { themes: ['email'], note: 'à revoir', open: ['profile'] };
    await saveDraft(t.db, key, value, new Date());
    expect(await loadDraft(t.db, key)).toEqual(value);
    await deleteDraft(t.db, key);
    expect(await loadDraft(t.db, key)).toBeUndefined();
  });

  it('forgetting an encounter form forgets the contact draft opened from it, and no other', async () => {
    const enc = draftKeys.newEncounter('agent-1');
    await saveDraft(t.db, enc, { a: 1 }, new Date());
    await saveContactDraft(t.db, draftKeys.contact(enc), typed(), t.ctx.centre.publicKey, new Date());
    await saveContactDraft(t.db, draftKeys.contact('other'), typed(), t.ctx.centre.publicKey, new Date());
    await deleteDraft(t.db, enc);
    expect((await t.db.drafts.toArray()).map((d) => d.key)).toEqual([draftKeys.contact('other')]);
  });

  it('wipes contact drafts in clear older than the limit, and keeps other drafts', async () => {
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

  it('at the limit exactly a draft in clear stays; with no limit (0) even one saved this instant goes', async () => {
    const at = new Date('2026-11-14T10:00:00Z');
    await saveDraft(t.db, contactKey, { firstName: 'Juste' }, new Date('2026-11-14T09:50:00Z'));
    expect(await wipeContactDrafts(t.db, 10 * 60_000, at)).toBe(0);
    await saveDraft(t.db, contactKey, { firstName: 'Maintenant' }, at);
    expect(await wipeContactDrafts(t.db, 0, at)).toBe(1);
    expect(await t.db.drafts.count()).toBe(0);
  });

  it('forgetting a contact draft forgets it alone, not the encounter form it was opened from', async () => {
    const enc = draftKeys.newEncounter('agent-1');
    await saveDraft(t.db, enc, { a: 1 }, new Date());
    await saveDraft(t.db, draftKeys.contact(enc), { purposes: [] }, new Date());
    await deleteDraft(t.db, draftKeys.contact(enc));
    expect((await t.db.drafts.toArray()).map((d) => d.key)).toEqual([enc]);
  });
});

describe('the contact form’s draft never holds a personal field in clear', () => {
  it('tells a sealed draft from anything else stored, nothing included', () => {
    expect([null, undefined, typed(), { sealedContactDraft: 2 }].map(isSealedContactDraft)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isSealedContactDraft({ sealedContactDraft: 1 })).toBe(true);
  });

  it('seals the names, phone and e-mail at each autosave; only the consent stays readable', async () => {
    await saveContactDraft(t.db, contactKey, typed(), t.ctx.centre.publicKey, new Date());
    const row = await t.db.drafts.get(contactKey);
    const raw = JSON.stringify(row);
    for (const secret of CLEAR) expect(raw, secret).not.toContain(secret);
    const draft = row!.value as SealedContactDraft;
    expect(draft).toMatchObject({ sealedContactDraft: 1, purposes: ['rappel'], complete: true });
    expect(Object.keys(draft).sort()).toEqual(['complete', 'purposes', 'sealed', 'sealedContactDraft']);
    // Exactly what saving the form would seal: nothing typed is lost.
    expect(await openSealed(draft.sealed, t.privateKey)).toEqual(SEALED_FIELDS);
  });

  it('seals an incomplete draft too, says it is incomplete, and keeps what was typed in the box', async () => {
    const form = { ...typed(), phone: '06 12', email: '', channel: undefined };
    await saveContactDraft(t.db, contactKey, form, t.ctx.centre.publicKey, new Date());
    const draft = (await loadDraft<SealedContactDraft>(t.db, contactKey))!;
    expect(draft.complete).toBe(false);
    expect(JSON.stringify(draft)).not.toContain('Nadia');
    expect(await openSealed(draft.sealed, t.privateKey)).toEqual({
      firstName: 'Nadia',
      lastName: 'Benali',
      phone: '06 12',
      email: '',
      language: 'fr',
    });
    await expect(saveSealedContactDraft(t.ctx, draft)).rejects.toBeInstanceOf(FormError);
    expect(await t.db.contacts.count()).toBe(0);
  });

  it('keeps a form with nothing personal typed as it is (its consent choices come back)', async () => {
    // Spaces typed in a field are nothing personal either.
    const form = {
      ...emptyContactForm('ar'),
      purposes: ['sms' as const],
      channel: 'sms' as const,
      firstName: '  ',
      phone: ' ',
    };
    await saveContactDraft(t.db, contactKey, form, t.ctx.centre.publicKey, new Date());
    expect(await loadContactDraft(t.db, contactKey, t.ctx.centre.publicKey, new Date())).toEqual({
      kind: 'form',
      form,
    });
  });

  it('gives a sealed draft back sealed, and seals on the spot a draft an older version left in clear', async () => {
    await saveContactDraft(t.db, contactKey, typed(), t.ctx.centre.publicKey, new Date());
    const back = await loadContactDraft(t.db, contactKey, t.ctx.centre.publicKey, new Date());
    expect(back?.kind).toBe('sealed');

    const legacy = draftKeys.contact('older-version');
    await saveDraft(t.db, legacy, typed(), new Date());
    const restored = await loadContactDraft(t.db, legacy, t.ctx.centre.publicKey, new Date());
    expect(restored?.kind).toBe('sealed');
    const raw = JSON.stringify(await t.db.drafts.get(legacy));
    for (const secret of CLEAR) expect(raw, secret).not.toContain(secret);
    expect(restored?.kind === 'sealed' && (await openSealed(restored.draft.sealed, t.privateKey))).toEqual(
      SEALED_FIELDS,
    );
    expect(await loadContactDraft(t.db, draftKeys.contact('none'), t.ctx.centre.publicKey, new Date())).toBe(
      undefined,
    );
  });

  it('keeps sealed contact drafts whatever their age: they reveal nothing and keep what was typed', async () => {
    await saveContactDraft(
      t.db,
      contactKey,
      typed(),
      t.ctx.centre.publicKey,
      new Date('2026-11-01T09:00:00Z'),
    );
    expect(await wipeContactDrafts(t.db, 0, new Date('2026-11-14T10:00:00Z'))).toBe(0);
    expect(await t.db.drafts.count()).toBe(1);
  });

  it('saves a complete sealed draft as it is: the centre opens what was typed', async () => {
    await saveContactDraft(t.db, contactKey, typed(), t.ctx.centre.publicKey, new Date());
    const draft = (await loadDraft<SealedContactDraft>(t.db, contactKey))!;
    const contact = await saveSealedContactDraft(t.ctx, draft);
    expect(contact.consentPurposes).toEqual(['rappel']);
    expect(contact.sealed).toEqual(draft.sealed);
    expect(await openSealed(contact.sealed!, t.privateKey)).toEqual(SEALED_FIELDS);
    expect(await t.db.outbox.count()).toBe(1);
  });
});
