// Asks the database for what the outcomes count (outcomes-sums.ts): cards seen in the period and
// before it (who is new), skills checks with a card, the workshop feedback of the period. Only
// sums come back, never the records.
import type { Kysely } from 'kysely';
import { type PeopleCell, protectPeople } from '../../../src/shared/small-cells';
import type { DB } from '../../db/schema';
import { inIds } from '../scope';
import type { OutcomeInput } from './outcomes';
import { cardsSeen, feedbackSums, funnelSums, monthSums, progressionSums } from './outcomes-sums';

type Query = { centreIds: string[]; period: { startIso: string; endIso: string } };

const scopeOf = (q: Query) => ({
  centreIds: q.centreIds,
  startIso: q.period.startIso,
  endIso: q.period.endIso,
});

/** Distinct people reached with a card in the period (the CAF and FEDER reports' line), protected. */
export async function peopleWithCard(db: Kysely<DB>, q: Query): Promise<PeopleCell> {
  return protectPeople(await cardsSeen(db, scopeOf(q)));
}

export async function loadOutcomeInput(
  db: Kysely<DB>,
  q: { centreIds: string[]; period: { from: string; to: string; startIso: string; endIso: string } },
): Promise<OutcomeInput> {
  const s = scopeOf(q);
  const [cards, funnel, months, progression, feedback, activities] = await Promise.all([
    cardsSeen(db, s),
    funnelSums(db, s),
    monthSums(db, s),
    progressionSums(db, s),
    feedbackSums(db, s),
    db
      .selectFrom('activities')
      .select(['id', 'data'])
      .where((eb) => inIds(eb, 'centre_id', q.centreIds))
      .execute(),
  ]);
  return {
    period: q.period,
    centreIds: q.centreIds,
    peopleWithCard: cards,
    funnel,
    months,
    progression,
    feedback,
    activityTitles: new Map(
      activities.map((a) => [a.id, (JSON.parse(a.data) as { title?: string }).title ?? '']),
    ),
  };
}
