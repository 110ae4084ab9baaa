// Outings (permanences / sorties): started with the kind of place, a label, the neighbourhood and
// QPV yes/no; ended later; several a day. Every change goes with its outbox entry.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import type { BorneDatabase } from '../db/database';
import { writeWithOutbox } from '../db/outbox';
import { LIMITS } from '../shared/limits';
import { type Outing, OutingSchema } from '../shared/records';
import type { PlaceKind } from '../shared/taxonomy';
import { type AgentContext, type FieldErrors, FormError, newRecordBase } from './context';
import { inTransaction } from './transaction';

export interface OutingForm {
  placeKind?: PlaceKind;
  placeLabel: string;
  neighbourhood: string;
  qpv?: boolean;
  commune: string;
}

export function emptyOutingForm(): OutingForm {
  return { placeLabel: '', neighbourhood: '', commune: '' };
}

export function checkOutingForm(form: OutingForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.placeKind) errors.placeKind = 'agent.error.placeKindRequired';
  if (!form.placeLabel.trim()) errors.placeLabel = 'agent.error.placeLabelRequired';
  else if (form.placeLabel.trim().length > LIMITS.placeText) errors.placeLabel = 'agent.error.tooLong';
  if (!form.neighbourhood.trim()) errors.neighbourhood = 'agent.error.neighbourhoodRequired';
  else if (form.neighbourhood.trim().length > LIMITS.placeText) errors.neighbourhood = 'agent.error.tooLong';
  if (form.qpv === undefined) errors.qpv = 'agent.error.qpvRequired';
  if (form.commune.trim().length > LIMITS.placeText) errors.commune = 'agent.error.tooLong';
  return errors;
}

/** The agent's outing that has not been ended, if any (the most recent one). */
export async function currentOuting(db: BorneDatabase, agentId: string): Promise<Outing | undefined> {
  const open = await db.outings
    .where('agentId')
    .equals(agentId)
    .filter((o) => !o.endedAt)
    .toArray();
  return open.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/** The last distinct places of this tablet, newest first, offered again as one-tap choices. */
export async function recentPlaces(db: BorneDatabase, limit = 3): Promise<OutingForm[]> {
  const out: OutingForm[] = [];
  const seen = new Set<string>();
  await db.outings
    .orderBy('startedAt')
    .reverse()
    .until(() => out.length >= limit)
    .each((o) => {
      const key = [o.placeKind, o.placeLabel, o.neighbourhood, o.qpv, o.commune ?? ''].join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        placeKind: o.placeKind,
        placeLabel: o.placeLabel,
        neighbourhood: o.neighbourhood,
        qpv: o.qpv,
        commune: o.commune ?? '',
      });
    });
  return out;
}

/**
 * Starts an outing; an outing of this agent still open is ended first (same transaction).
 * `plan`: the planned permanence it is started from (issue 11), which it then records as held.
 */
export async function startOuting(
  ctx: AgentContext,
  form: OutingForm,
  plan?: { permanenceId: string; plannedDate: string },
): Promise<Outing> {
  const errors = checkOutingForm(form);
  if (Object.keys(errors).length) throw new FormError(errors);
  const now = ctx.now();
  const outing: Outing = {
    ...newRecordBase(ctx, uuidv7()),
    placeKind: form.placeKind!,
    placeLabel: form.placeLabel.trim(),
    neighbourhood: form.neighbourhood.trim(),
    qpv: form.qpv!,
    startedAt: now.toISOString(),
  };
  if (form.commune.trim()) outing.commune = form.commune.trim();
  if (plan) Object.assign(outing, plan);
  const parsed = v.safeParse(OutingSchema, outing);
  if (!parsed.success) throw new FormError({ form: 'agent.error.invalid' });
  await inTransaction(ctx.db, [ctx.db.outings], async () => {
    const open = await currentOuting(ctx.db, ctx.agentId);
    if (open) await writeWithOutbox(ctx.db, 'outing', 'upsert', ended(open, now), now);
    await writeWithOutbox(ctx.db, 'outing', 'upsert', outing, now);
  });
  return outing;
}

function ended(outing: Outing, now: Date): Outing {
  return { ...outing, endedAt: now.toISOString(), rev: outing.rev + 1 };
}

export async function endOuting(ctx: AgentContext, outing: Outing): Promise<Outing> {
  const now = ctx.now();
  const done = ended(outing, now);
  await inTransaction(ctx.db, [ctx.db.outings], () => writeWithOutbox(ctx.db, 'outing', 'upsert', done, now));
  return done;
}
