// Satisfaction survey: per statement residents answered (and only those), the number of answers
// and the average score (1–5, two decimals) where 5 is always the good outcome: the statements said
// negatively (« J’ai besoin d’aide pour utiliser la borne. ») are scored 6 − rating at push
// (server/facts/extract.ts, src/shared/survey). The database counts and sums the scores.
import type { Kysely } from 'kysely';
import { isNegativeStatement } from '../../../src/shared/survey';
import { SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import { round2 } from './counts';
import { type FactScope, inScope, num } from './sql';

export interface SurveySums {
  responses: number;
  /** statement → answers and Σ score. */
  scores: Map<string, { answers: number; total: number }>;
}

export async function surveySums(db: Kysely<DB>, s: FactScope): Promise<SurveySums> {
  const [count, scores] = await Promise.all([
    db
      .selectFrom('survey_facts as sf')
      .where(inScope(s, 'sf'))
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    db
      .selectFrom('record_values as rv')
      .where(inScope(s, 'rv'))
      .where('rv.kind', '=', 'survey_score')
      .select((eb) => ['rv.value', eb.fn.countAll().as('answers'), eb.fn.sum('rv.n').as('total')])
      .groupBy('rv.value')
      .execute(),
  ]);
  return {
    responses: num(count?.n),
    scores: new Map(scores.map((r) => [r.value, { answers: num(r.answers), total: num(r.total) }])),
  };
}

export function surveyAverages(s: SurveySums) {
  return {
    responses: s.responses,
    byStatement: SURVEY_STATEMENTS.flatMap((statementId) => {
      const sc = s.scores.get(statementId);
      if (!sc?.answers) return [];
      return [
        {
          statementId,
          average: round2(sc.total / sc.answers),
          answers: sc.answers,
          /** True when the score is the reversed rating (a negative statement). */
          reversed: isNegativeStatement(statementId),
        },
      ];
    }),
  };
}
