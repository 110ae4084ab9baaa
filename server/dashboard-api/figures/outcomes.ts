// Outcomes counted by the resident's card (issue 17), from the sums the database made
// (outcomes-sums.ts, via outcomes-load.ts): the journey funnel, new and returning people by month,
// skills progression and workshop feedback. Every number is a count of distinct cards a person could redo by hand; the
// small-cell rule is applied afterwards (outcomes-cells.ts), before anything leaves the server.
import type { SurveyResponse } from '../../../src/shared/records';
import { surveyScore } from '../../../src/shared/survey';
import { SKILL_ITEMS, SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { parisDay } from '../period';
import { round2 } from './counts';
import type { FeedbackSums, funnelSums, progressionSums } from './outcomes-sums';

/** One record that carries a card, reduced to what the figures need. */
export interface CardSighting {
  passId: string;
  kind: 'encounter' | 'signup' | 'attendance' | 'skills_check';
  centreId: string;
  /** When it happened (the record's `at`, else its createdAt), an ISO instant. */
  at: string;
}

export interface OutcomeInput {
  period: { from: string; to: string; startIso: string; endIso: string };
  centreIds: string[];
  /** Distinct cards seen in the period. */
  peopleWithCard: number;
  funnel: Awaited<ReturnType<typeof funnelSums>>;
  /** Paris month → cards seen in it, and those seen for the first time ever. */
  months: ReadonlyMap<string, { people: number; fresh: number }>;
  progression: Awaited<ReturnType<typeof progressionSums>>;
  /** Workshop feedback of the period by activity ('' when none named). */
  feedback: ReadonlyMap<string, FeedbackSums>;
  activityTitles: ReadonlyMap<string, string>;
}

const inPeriod = (p: OutcomeInput['period'], iso: string) => iso >= p.startIso && iso < p.endIso;

function cardsOf(sightings: readonly CardSighting[], kind?: CardSighting['kind']): Set<string> {
  return new Set(sightings.filter((s) => !kind || s.kind === kind).map((s) => s.passId));
}

/** met → signed up → came → came back, each stage a subset of the one before: the rule on sightings in
 *  memory, as outcomes-sums.ts `funnelSums` counts it in SQL (outcomes.test.ts holds both to it). */
export function journeyFunnel(period: OutcomeInput['period'], all: readonly CardSighting[]) {
  const seen = all.filter((s) => inPeriod(period, s.at));
  const met = cardsOf(seen, 'encounter');
  const signups = cardsOf(seen, 'signup');
  const signedUp = new Set([...met].filter((c) => signups.has(c)));
  const firstCame = new Map<string, string>();
  for (const s of seen) {
    if (s.kind !== 'attendance' || !signedUp.has(s.passId)) continue;
    const day = parisDay(s.at);
    const before = firstCame.get(s.passId);
    if (!before || day < before) firstCame.set(s.passId, day);
  }
  const cameBack = new Set(
    seen
      .filter((s) => firstCame.has(s.passId) && parisDay(s.at) > firstCame.get(s.passId)!)
      .map((s) => s.passId),
  );
  return { met: met.size, signedUp: signedUp.size, came: firstCame.size, cameBack: cameBack.size };
}

/** Months of the period (Paris), each with the cards seen in it: new (first sighting ever) or returning. */
function newAndReturning(period: OutcomeInput['period'], sums: OutcomeInput['months']) {
  const out = [];
  for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = nextMonth(m)) {
    const { people, fresh } = sums.get(m) ?? { people: 0, fresh: 0 };
    out.push({ month: m, people, new: fresh, returning: people - fresh });
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

/** Workshop feedback by activity from responses in memory (outcomes.test.ts): the sums the database
 *  makes (outcomes-sums.ts `feedbackSums`), made here, then the same figures. */
export function feedbackByActivity(feedback: readonly SurveyResponse[], titles: ReadonlyMap<string, string>) {
  const sums = new Map<string, FeedbackSums>();
  for (const r of feedback) {
    const key = r.activityId ?? '';
    const f = sums.get(key) ?? { responses: 0, scores: new Map(), learnt: new Map() };
    f.responses++;
    for (const [statementId, x] of Object.entries(r.answers)) {
      if (typeof x !== 'number') continue;
      const sc = f.scores.get(statementId) ?? { answers: 0, total: 0 };
      f.scores.set(statementId, { answers: sc.answers + 1, total: sc.total + surveyScore(statementId, x) });
    }
    for (const item of new Set(r.learnt ?? [])) f.learnt.set(item, (f.learnt.get(item) ?? 0) + 1);
    sums.set(key, f);
  }
  return feedbackFigures(sums, titles);
}

/** Per activity: responses, the average per statement answered (5 always good), « j'ai appris à ». */
function feedbackFigures(sums: ReadonlyMap<string, FeedbackSums>, titles: ReadonlyMap<string, string>) {
  return [...sums]
    .map(([activityId, f]) => ({
      activityId,
      title: titles.get(activityId) ?? '',
      responses: f.responses,
      statements: SURVEY_STATEMENTS.flatMap((statementId) => {
        const sc = f.scores.get(statementId);
        if (!sc?.answers) return [];
        return [{ statementId, answers: sc.answers, average: round2(sc.total / sc.answers) }];
      }),
      learnt: SKILL_ITEMS.map((itemId) => ({ itemId, people: f.learnt.get(itemId) ?? 0 })),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr') || a.activityId.localeCompare(b.activityId));
}

export function computeOutcomes(input: OutcomeInput) {
  return {
    period: { from: input.period.from, to: input.period.to },
    centreIds: input.centreIds,
    /** Distinct people reached with a card in the period, counted once across tablets and centres. */
    peopleWithCard: input.peopleWithCard,
    funnel: input.funnel,
    months: newAndReturning(input.period, input.months),
    progression: input.progression,
    feedback: feedbackFigures(input.feedback, input.activityTitles),
  };
}
export type Outcomes = ReturnType<typeof computeOutcomes>;
