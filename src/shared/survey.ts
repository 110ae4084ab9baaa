// What the satisfaction questionnaire asks and how its answers are scored, once for the kiosk
// that asks and the dashboard that counts. The kiosk asks a short set after a guide; a workshop
// evaluation asks all fifteen statements. Two statements are said negatively (agreeing is a bad
// outcome): their score is reversed, so on every figure a high score is a good outcome.
import type { SurveyContext, SurveyStatement } from './taxonomy';
import { SURVEY_STATEMENTS } from './taxonomy';

/** Statements where « tout à fait d’accord » means a bad outcome. */
export const NEGATIVE_STATEMENTS: readonly SurveyStatement[] = ['fatigue', 'besoin_aide'];

/** The statements asked in each context: six after a guide, the full fifteen for a workshop. */
export const SURVEY_SETS: Record<SurveyContext, readonly SurveyStatement[]> = {
  guide: [
    'utile',
    'contenu_facile',
    'trouver_information',
    'aide_au_bon_moment',
    'plus_autonome',
    'besoin_aide',
  ],
  accompagnement: [
    'utile',
    'aide_au_bon_moment',
    'plus_autonome',
    'gagner_du_temps',
    'moins_stresse',
    'besoin_aide',
  ],
  atelier: SURVEY_STATEMENTS,
};

export function isNegativeStatement(statement: string): boolean {
  return (NEGATIVE_STATEMENTS as readonly string[]).includes(statement);
}

/** The score of one answer (1–5) where 5 is always the good outcome. */
export function surveyScore(statement: string, rating: number): number {
  return isNegativeStatement(statement) ? 6 - rating : rating;
}
