// Everything a resident leaves behind on the kiosk screens lives here, in memory only, so that one
// reset (kiosk/reset.ts) can clear all of it for the next person.
import { signal } from '@preact/signals';
import type { SurveyStatement } from '../shared/taxonomy';

/** The search box's text. Never written anywhere else: not in the URL, not in logs, not stored. */
export const searchText = signal('');

/** The glossary word whose definition dialog is open. */
export const openTermId = signal<string | undefined>(undefined);

export interface SurveyDraft {
  guideId: string | undefined;
  /** Index of the statement on screen; SURVEY_STATEMENTS.length means "finished". */
  index: number;
  answers: Partial<Record<SurveyStatement, number>>;
}

/** The satisfaction questionnaire in progress, if any. */
export const surveyDraft = signal<SurveyDraft | undefined>(undefined);

/** The guide being followed: its usage events (step, complete, abandon) depend on it. */
export interface GuideSession {
  guideId: string;
  lastStep: number;
  completed: boolean;
}
export const guideSession = signal<GuideSession | undefined>(undefined);

/** "Vous êtes toujours là ?" is on screen. */
export const idlePromptOpen = signal(false);
/** When the question appeared (clock.ms()), for its countdown of seconds. */
export const idlePromptAt = signal<number | undefined>(undefined);

/** « J'ai besoin d'une personne »: the full-screen message that a worker is coming. */
export const helpOpen = signal(false);
/** The places (guide and step, or a screen outside a guide) where this resident already asked for
 *  a person: one request each, however often the screen is closed and opened again (help.ts). */
export const helpAskedAt = new Set<string>();

/** « Déconnectez-vous du site, puis fermez-le », before the site window is closed. */
export const logoutScreenOpen = signal(false);

/** The staff exit dialog (PIN) is open. */
export const exitDialogOpen = signal(false);
