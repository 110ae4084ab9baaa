// Saving, correcting and deleting encounters. The record, the sign-ups it makes and their outbox
// entries are one transaction. An encounter can be changed freely until the server has it (an
// entry of it still in the outbox). Once sent, its anonymous fields can still be corrected for the
// rest of its day: the correction is the next `rev`, pushed again, and the highest rev wins on the
// server (DESIGN.md "Sync"); its sealed contact is never changed then. A sent encounter is not
// deleted from the tablet.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import type { BorneDatabase } from '../db/database';
import { writeWithOutbox } from '../db/outbox';
import { type Encounter, EncounterSchema, type Signup } from '../shared/records';
import { volunteerRefusal } from '../shared/roles';
import { type AgentContext, AlreadySyncedError, FormError, newRecordBase } from './context';
import { checkEncounterForm, type EncounterForm, encounterFromForm } from './encounter-form';
import { dayRange } from './tally';
import { inTransaction } from './transaction';

/** True while a change of this record waits in the outbox (not yet acknowledged by the server). */
export async function isPendingSync(db: BorneDatabase, recordId: string): Promise<boolean> {
  return (await db.outbox.where('recordId').equals(recordId).count()) > 0;
}

/** True on the same calendar day (the tablet's) as `createdAt`. */
function sameDay(createdAt: string, now: Date): boolean {
  const [start, end] = dayRange(now);
  return createdAt >= start && createdAt < end;
}

/** What may change in an encounter now: everything, its anonymous fields only, or nothing. */
export async function correctable(
  db: BorneDatabase,
  encounter: Encounter,
  now: Date,
): Promise<'all' | 'anonymous' | 'none'> {
  if (await isPendingSync(db, encounter.id)) return 'all';
  return sameDay(encounter.createdAt, now) ? 'anonymous' : 'none';
}

function signupPairs(e: Pick<Encounter, 'actions' | 'contactId'> | undefined): Set<string> {
  const out = new Set<string>();
  if (!e?.contactId) return out;
  for (const a of e.actions) if (a.kind === 'inscription_activite') out.add(`${e.contactId} ${a.activityId}`);
  return out;
}

async function findSignup(db: BorneDatabase, contactId: string, activityId: string) {
  return db.signups
    .where('activityId')
    .equals(activityId)
    .filter((s) => s.contactId === contactId)
    .first();
}

/** Adds the sign-ups the encounter now asks for and removes those it no longer does. */
async function syncSignups(ctx: AgentContext, before: Encounter | undefined, after: Encounter | undefined) {
  const was = signupPairs(before);
  const is = signupPairs(after);
  const now = ctx.now();
  for (const pair of is) {
    if (was.has(pair)) continue;
    const [contactId, activityId] = pair.split(' ') as [string, string];
    if (await findSignup(ctx.db, contactId, activityId)) continue; // already signed up
    const signup: Signup = { ...newRecordBase(ctx, uuidv7()), activityId, contactId, at: now.toISOString() };
    await writeWithOutbox(ctx.db, 'signup', 'upsert', signup, now);
  }
  for (const pair of was) {
    if (is.has(pair)) continue;
    const [contactId, activityId] = pair.split(' ') as [string, string];
    const signup = await findSignup(ctx.db, contactId, activityId);
    if (signup) await writeWithOutbox(ctx.db, 'signup', 'delete', signup, now);
  }
}

/**
 * Saves the form as a new encounter (in `outingId`), or as the next revision of `existing`.
 * Throws FormError (field → message key), AlreadySyncedError or StorageFullError; nothing is
 * written then.
 */
export async function saveEncounter(
  ctx: AgentContext,
  form: EncounterForm,
  opts: { existing?: Encounter; outingId?: string } = {},
): Promise<Encounter> {
  const { existing } = opts;
  const contact = form.contactId ? await ctx.db.contacts.get(form.contactId) : undefined;
  const errors = checkEncounterForm(form, contact);
  if (Object.keys(errors).length) throw new FormError(errors);
  const base = existing
    ? { ...existing, rev: existing.rev + 1 }
    : { ...newRecordBase(ctx, uuidv7()), outingId: opts.outingId };
  const record = encounterFromForm(form, {
    id: base.id,
    centreId: base.centreId,
    deviceId: base.deviceId,
    agentId: base.agentId,
    createdAt: base.createdAt,
    rev: base.rev,
    outingId: base.outingId,
  });
  const parsed = v.safeParse(EncounterSchema, record);
  if (!parsed.success) throw new FormError({ form: 'agent.error.invalid' });
  if (ctx.role === 'volunteer' && volunteerRefusal('encounter', parsed.output))
    throw new FormError({ form: 'agent.error.volunteerContact' });
  await inTransaction(ctx.db, [ctx.db.encounters, ctx.db.signups], async () => {
    if (existing) {
      const allowed = await correctable(ctx.db, existing, ctx.now());
      if (allowed === 'none') throw new AlreadySyncedError();
      // Sent already: the sealed contact stays the one the server has.
      if (allowed === 'anonymous' && (parsed.output.contactId ?? null) !== (existing.contactId ?? null))
        throw new FormError({ contact: 'agent.encounter.contactLocked' });
    }
    await writeWithOutbox(ctx.db, 'encounter', 'upsert', parsed.output, ctx.now());
    await syncSignups(ctx, existing, parsed.output);
  });
  return parsed.output;
}

/** Deletes an encounter not yet synced, and the sign-ups it made. */
export async function deleteEncounter(ctx: AgentContext, encounter: Encounter): Promise<void> {
  await inTransaction(ctx.db, [ctx.db.encounters, ctx.db.signups], async () => {
    if (!(await isPendingSync(ctx.db, encounter.id))) throw new AlreadySyncedError();
    await writeWithOutbox(ctx.db, 'encounter', 'delete', encounter, ctx.now());
    await syncSignups(ctx, encounter, undefined);
  });
}
