// Satisfaction survey: the average (1–5, two decimals) and the number of answers per statement.
import type { SurveyResponse } from '../../../src/shared/records';
import { SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { round2 } from './counts';

export function surveyAverages(responses: readonly SurveyResponse[]) {
  return {
    responses: responses.length,
    byStatement: SURVEY_STATEMENTS.map((statementId) => {
      const values = responses
        .map((r) => r.answers[statementId])
        .filter((v): v is number => typeof v === 'number');
      const total = values.reduce((a, b) => a + b, 0);
      return {
        statementId,
        average: values.length ? round2(total / values.length) : null,
        answers: values.length,
      };
    }),
  };
}
