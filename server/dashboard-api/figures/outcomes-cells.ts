// The outcomes as they may leave the server: every count of people below 5 becomes « moins de 5 »
// (src/shared/small-cells.ts), and so does an average made of fewer than 5 answers. The dashboard
// JSON and every export are made from this, never from the raw counts.
import { protectAverage, protectPeople } from '../../../src/shared/small-cells';
import type { Outcomes } from './outcomes';

const p = protectPeople;

export function protectOutcomes(o: Outcomes) {
  return {
    period: o.period,
    centreIds: o.centreIds,
    empty: o.peopleWithCard === 0 && o.progression.checks === 0 && o.feedback.length === 0,
    peopleWithCard: p(o.peopleWithCard),
    funnel: {
      met: p(o.funnel.met),
      signedUp: p(o.funnel.signedUp),
      came: p(o.funnel.came),
      cameBack: p(o.funnel.cameBack),
    },
    months: o.months.map((m) => ({
      month: m.month,
      people: p(m.people),
      new: p(m.new),
      returning: p(m.returning),
    })),
    progression: {
      checks: p(o.progression.checks),
      peopleChecked: p(o.progression.peopleChecked),
      people: p(o.progression.people),
      byItem: o.progression.byItem.map((i) => ({
        itemId: i.itemId,
        people: p(i.people),
        observed: p(i.observed),
      })),
      byCentre: o.progression.byCentre.map((c) => ({ centreId: c.centreId, people: p(c.people) })),
    },
    feedback: o.feedback.map((f) => ({
      activityId: f.activityId,
      title: f.title,
      responses: p(f.responses),
      statements: f.statements.map((s) => ({
        statementId: s.statementId,
        answers: p(s.answers),
        average: protectAverage(s.average, s.answers),
      })),
      learnt: f.learnt.map((l) => ({ itemId: l.itemId, people: p(l.people) })),
    })),
  };
}
export type ProtectedOutcomes = ReturnType<typeof protectOutcomes>;
