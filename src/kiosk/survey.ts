// Saving the satisfaction questionnaire (DESIGN.md survey_response): anonymous, only the ratings
// given (skipped statements are absent), the language, and the guide it followed if any.
import { language } from '../i18n';
import { saveAnonymousRecord } from './record-context';
import type { SurveyDraft } from './state';

/**
 * Returns true when stored, false when there was nothing to store (every statement skipped) or no
 * one to attribute it to (tablet not enrolled: see record-context.ts).
 */
export async function saveSurvey(draft: SurveyDraft): Promise<boolean> {
  if (Object.keys(draft.answers).length === 0) return false;
  const fields: Record<string, unknown> = {
    // The kiosk's questionnaire is about its guides, whether it follows one guide or the kiosk home.
    context: 'guide',
    answers: draft.answers,
    language: language.value,
  };
  if (draft.guideId) fields.guideId = draft.guideId;
  return saveAnonymousRecord('survey_response', fields);
}
