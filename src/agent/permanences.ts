// Today's planned permanences on the tablet (issue 11): what « Aujourd'hui » proposes, and the one
// tap that starts the outing from a plan. An outing started from a plan carries the plan's id and
// day, which is what makes that occurrence « tenue » on the tablet and in the coverage figures.
import type { BorneDatabase } from '../db/database';
import { happensOn, localDate, type Permanence } from '../shared/permanences';
import type { Outing } from '../shared/records';
import type { AgentContext } from './context';
import { startOuting } from './outings';

export interface PlannedToday {
  permanence: Permanence;
  date: string;
  /** An outing of this tablet was started from it today. */
  held: boolean;
  /** The agent is among the planned ones (they come first). */
  mine: boolean;
}

/** Today's permanences of the centre, the agent's own first, then by start time. */
export async function plannedToday(db: BorneDatabase, agentId: string, now: Date): Promise<PlannedToday[]> {
  const today = localDate(now);
  const [all, outings] = await Promise.all([
    db.permanences.toArray(),
    db.outings
      .where('startedAt')
      .aboveOrEqual(new Date(now.getTime() - 2 * 86_400_000).toISOString())
      .toArray(),
  ]);
  const held = new Set(
    outings.filter((o) => o.permanenceId && o.plannedDate === today).map((o) => o.permanenceId),
  );
  return all
    .filter((p) => happensOn(p, today))
    .map((p) => ({ permanence: p, date: today, held: held.has(p.id), mine: p.agentIds.includes(agentId) }))
    .sort(
      (a, b) =>
        Number(b.mine) - Number(a.mine) ||
        a.permanence.startTime.localeCompare(b.permanence.startTime) ||
        a.permanence.placeLabel.localeCompare(b.permanence.placeLabel, 'fr'),
    );
}

/** Starts the outing of a planned permanence: its place, neighbourhood and QPV, and its id and day. */
export function startFromPermanence(
  ctx: AgentContext,
  permanence: Permanence,
  date: string,
): Promise<Outing> {
  return startOuting(
    ctx,
    {
      placeKind: permanence.placeKind,
      placeLabel: permanence.placeLabel,
      neighbourhood: permanence.neighbourhood,
      qpv: permanence.qpv,
      commune: permanence.commune ?? '',
    },
    { permanenceId: permanence.id, plannedDate: date },
  );
}
