// Outcomes counted by the resident's card (issue 17), as pure functions of the records loaded by
// outcomes-load.ts: the journey funnel, new and returning people by month, skills progression and
// workshop feedback. Every number is a count of distinct cards a person could redo by hand; the
// small-cell rule is applied afterwards (outcomes-cells.ts), before anything leaves the server.
import type { SkillsCheck, SurveyResponse } from '../../../src/shared/records';
import { surveyScore } from '../../../src/shared/survey';
import { SKILL_ITEMS, type SkillItem, SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { parisDay } from '../period';
import { round2 } from './counts';

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
  /** Every sighting of a card in the scope up to the end of the period (earlier ones tell who is new). */
  sightings: CardSighting[];
  /** Skills checks with a card, in the scope, up to the end of the period. */
  checks: SkillsCheck[];
  /** Workshop feedback (context atelier) of the period. */
  feedback: SurveyResponse[];
  activityTitles: ReadonlyMap<string, string>;
}

const inPeriod = (p: OutcomeInput['period'], iso: string) => iso >= p.startIso && iso < p.endIso;

function cardsOf(sightings: readonly CardSighting[], kind?: CardSighting['kind']): Set<string> {
  return new Set(sightings.filter((s) => !kind || s.kind === kind).map((s) => s.passId));
}

/** met → signed up → came → came back, each stage a subset of the one before. */
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
export function newAndReturning(period: OutcomeInput['period'], all: readonly CardSighting[]) {
  const first = new Map<string, string>();
  for (const s of all) {
    const month = parisDay(s.at).slice(0, 7);
    const known = first.get(s.passId);
    if (!known || month < known) first.set(s.passId, month);
  }
  const byMonth = new Map<string, Set<string>>();
  for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = nextMonth(m))
    byMonth.set(m, new Set());
  for (const s of all) {
    if (!inPeriod(period, s.at)) continue;
    byMonth.get(parisDay(s.at).slice(0, 7))?.add(s.passId);
  }
  return [...byMonth].map(([month, cards]) => {
    const fresh = [...cards].filter((c) => first.get(c) === month).length;
    return { month, people: cards.size, new: fresh, returning: cards.size - fresh };
  });
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

const NOT_YET = new Set(['avec_aide', 'pas_encore']);

/**
 * People whose answer on an item went from « avec de l'aide » or « pas encore » to « seul » between
 * an earlier check and a check of the period, by item and by the centre of that later check.
 */
export function skillsProgression(period: OutcomeInput['period'], checks: readonly SkillsCheck[]) {
  const byCard = new Map<string, SkillsCheck[]>();
  for (const c of checks) if (c.passId) byCard.set(c.passId, [...(byCard.get(c.passId) ?? []), c]);
  const items = new Map<SkillItem, Set<string>>(SKILL_ITEMS.map((i) => [i, new Set()]));
  const centres = new Map<string, Set<string>>();
  for (const [card, list] of byCard) {
    list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    list.forEach((later, index) => {
      if (!inPeriod(period, later.createdAt)) return;
      for (const item of SKILL_ITEMS) {
        if (later.items[item] !== 'seul') continue;
        if (!list.slice(0, index).some((earlier) => NOT_YET.has(earlier.items[item] ?? ''))) continue;
        items.get(item)!.add(card);
        centres.set(later.centreId, (centres.get(later.centreId) ?? new Set()).add(card));
      }
    });
  }
  const people = new Set([...items.values()].flatMap((s) => [...s]));
  const checked = checks.filter((c) => inPeriod(period, c.createdAt));
  const observed = (item: SkillItem) =>
    new Set(checked.filter((c) => c.observed.includes(item)).map((c) => c.passId ?? c.id)).size;
  return {
    checks: checked.length,
    peopleChecked: new Set(checked.map((c) => c.passId)).size,
    people: people.size,
    byItem: SKILL_ITEMS.map((itemId) => ({
      itemId,
      people: items.get(itemId)!.size,
      observed: observed(itemId),
    })),
    byCentre: [...centres].map(([centreId, cards]) => ({ centreId, people: cards.size })),
  };
}

/** Workshop feedback by activity: responses, the average per statement answered, « j'ai appris à ». */
export function feedbackByActivity(feedback: readonly SurveyResponse[], titles: ReadonlyMap<string, string>) {
  const groups = new Map<string, SurveyResponse[]>();
  for (const r of feedback) {
    const key = r.activityId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .map(([activityId, list]) => ({
      activityId,
      title: titles.get(activityId) ?? '',
      responses: list.length,
      statements: SURVEY_STATEMENTS.flatMap((statementId) => {
        const values = list
          .map((r) => r.answers[statementId])
          .filter((x): x is number => typeof x === 'number')
          // Scored so that 5 is always the good outcome (negative statements reversed).
          .map((x) => surveyScore(statementId, x));
        if (!values.length) return [];
        return [
          {
            statementId,
            answers: values.length,
            average: round2(values.reduce((a, b) => a + b, 0) / values.length),
          },
        ];
      }),
      learnt: SKILL_ITEMS.map((itemId) => ({
        itemId,
        people: list.filter((r) => r.learnt?.includes(itemId)).length,
      })),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr') || a.activityId.localeCompare(b.activityId));
}

export function computeOutcomes(input: OutcomeInput) {
  const inside = input.sightings.filter((s) => inPeriod(input.period, s.at));
  return {
    period: { from: input.period.from, to: input.period.to },
    centreIds: input.centreIds,
    /** Distinct people reached with a card in the period, counted once across tablets and centres. */
    peopleWithCard: cardsOf(inside).size,
    funnel: journeyFunnel(input.period, input.sightings),
    months: newAndReturning(input.period, input.sightings),
    progression: skillsProgression(input.period, input.checks),
    feedback: feedbackByActivity(input.feedback, input.activityTitles),
  };
}
export type Outcomes = ReturnType<typeof computeOutcomes>;
