// Satisfaction survey: per statement residents answered (and only those), the number of answers
// and the average score (1–5, two decimals) where 5 is always the good outcome: the statements said
// negatively (« J’ai besoin d’aide pour utiliser la borne. ») are scored 6 − rating (src/shared/survey).
import type { SurveyResponse } from '../../../src/shared/records';
import { isNegativeStatement, surveyScore } from '../../../src/shared/survey';
import { SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { round2 } from './counts';

export function surveyAverages(responses: readonly SurveyResponse[]) {
  return {
    responses: responses.length,
    byStatement: SURVEY_STATEMENTS.flatMap((statementId) => {
      const scores = responses
        .map((r) => r.answers[statementId])
        .filter((v): v is number => typeof v === 'number')
        .map((rating) => surveyScore(statementId, rating));
      if (scores.length === 0) return [];
      const total = scores.reduce((a, b) => a + b, 0);
      return [
        {
          statementId,
          average: round2(total / scores.length),
          answers: scores.length,
          /** True when the score is the reversed rating (a negative statement). */
          reversed: isNegativeStatement(statementId),
        },
      ];
    }),
  };
}
