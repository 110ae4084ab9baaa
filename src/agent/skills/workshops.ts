// Workshops on the tablet (issue 17): an activity's roster as last pulled (counts and card ids,
// never names) merged with what this tablet recorded since, sign-up of a card, check-in by card
// or by count, and the seats left. Every write goes with its outbox entry.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import type { BorneDatabase } from '../../db/database';
import { writeWithOutbox } from '../../db/outbox';
import type { LocalActivity } from '../../db/types';
import { type Attendance, AttendanceSchema, type Signup, SignupSchema } from '../../shared/records';
import { type AgentContext, newRecordBase } from '../context';
import { inTransaction } from '../transaction';

export interface RosterView {
  signedUp: number;
  /** Signed-up cards, each with whether it is checked in. */
  cards: { passId: string; here: boolean }[];
  present: number;
  /** People checked in without a card (counted), on every tablet. */
  walkIns: number;
  seatsLeft: number | undefined;
}

/** Thrown when the card is already signed up, or already checked in. */
export class AlreadyDoneError extends Error {}

async function pendingIds(db: BorneDatabase, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  return new Set((await db.outbox.where('recordId').anyOf(ids).toArray()).map((e) => e.recordId));
}

async function localOf(db: BorneDatabase, activityId: string) {
  const [signups, attendances] = await Promise.all([
    db.signups.where('activityId').equals(activityId).toArray(),
    db.attendances.where('activityId').equals(activityId).toArray(),
  ]);
  const pending = await pendingIds(
    db,
    [...signups, ...attendances].map((r) => r.id),
  );
  return { signups, attendances, pending };
}

/**
 * The roster: the pulled counts, plus this tablet's records not yet on the server (still in the
 * outbox); cards are merged by id so none counts twice.
 */
export async function loadRoster(db: BorneDatabase, activity: LocalActivity): Promise<RosterView> {
  const pulled = activity.roster ?? { signedUp: 0, passIds: [], attended: 0, checkedIn: [] };
  const { signups, attendances, pending } = await localOf(db, activity.id);
  const cardIds = new Set(pulled.passIds);
  let signedUp = pulled.signedUp;
  for (const s of signups) {
    if (!pending.has(s.id)) continue;
    if (s.passId && cardIds.has(s.passId)) continue;
    if (s.passId) cardIds.add(s.passId);
    signedUp++;
  }
  const here = new Set(pulled.checkedIn);
  let present = pulled.attended;
  let walkIns = pulled.attended - pulled.checkedIn.length;
  for (const a of attendances) {
    if (!pending.has(a.id)) continue;
    if (a.passId && here.has(a.passId)) continue;
    if (a.passId) here.add(a.passId);
    else walkIns += a.count;
    present += a.count;
  }
  const notSignedUp = [...here].filter((id) => !cardIds.has(id)).length;
  const taken = signedUp + walkIns + notSignedUp;
  return {
    signedUp,
    cards: [...cardIds].map((passId) => ({ passId, here: here.has(passId) })),
    present,
    walkIns,
    seatsLeft: activity.seats === undefined ? undefined : Math.max(0, activity.seats - taken),
  };
}

export async function signUpCard(
  ctx: AgentContext,
  activity: LocalActivity,
  passId: string,
): Promise<Signup> {
  return inTransaction(ctx.db, [ctx.db.signups, ctx.db.attendances], async () => {
    const roster = await loadRoster(ctx.db, activity);
    if (roster.cards.some((c) => c.passId === passId)) throw new AlreadyDoneError();
    const now = ctx.now();
    const record = v.parse(SignupSchema, {
      ...newRecordBase(ctx, uuidv7()),
      activityId: activity.id,
      passId,
      at: now.toISOString(),
    });
    await writeWithOutbox(ctx.db, 'signup', 'upsert', record, now);
    return record;
  });
}

/** Checks in one card (once), or one person without a card. */
export async function checkIn(
  ctx: AgentContext,
  activity: LocalActivity,
  passId?: string,
): Promise<Attendance> {
  return inTransaction(ctx.db, [ctx.db.attendances, ctx.db.signups], async () => {
    if (passId) {
      const local = await ctx.db.attendances.where('activityId').equals(activity.id).toArray();
      const pulledHere = activity.roster?.checkedIn ?? [];
      if (pulledHere.includes(passId) || local.some((a) => a.passId === passId)) throw new AlreadyDoneError();
    }
    const now = ctx.now();
    const record = v.parse(AttendanceSchema, {
      ...newRecordBase(ctx, uuidv7()),
      activityId: activity.id,
      ...(passId ? { passId } : {}),
      count: 1,
      at: now.toISOString(),
    });
    await writeWithOutbox(ctx.db, 'attendance', 'upsert', record, now);
    return record;
  });
}
