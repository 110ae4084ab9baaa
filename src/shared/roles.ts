// The roles of the people who unlock the team space with a PIN (issue 11). A volunteer
// (« bénévole / habitant-relais ») records anonymous encounters and helps in the kiosk, but never
// captures, sees or exports a contact: the tablet hides the fields, and the server refuses the
// records all the same. The rule is written once, here, for both.
import type { RecordEntity } from './records';

export const AGENT_ROLES = ['agent', 'coordinator', 'volunteer'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** Actions that only make sense with a contact (a call back, a sign-up to an activity). */
export const CONTACT_ACTIONS = ['a_rappeler', 'inscription_activite'] as const;

export function isContactAction(kind: string): boolean {
  return (CONTACT_ACTIONS as readonly string[]).includes(kind);
}

/** Why a volunteer may not record this, in words; undefined when they may. */
export function volunteerRefusal(
  entity: RecordEntity | string,
  record: Record<string, unknown>,
): string | undefined {
  if (entity === 'contact' || entity === 'signup')
    return 'Un ou une bénévole n’enregistre pas de coordonnées ni d’inscription nominative.';
  if (entity === 'encounter') {
    if (record.contactId !== undefined)
      return 'Un ou une bénévole n’enregistre pas de coordonnées : la rencontre ne peut pas porter de contact.';
    const actions = Array.isArray(record.actions) ? (record.actions as { kind?: unknown }[]) : [];
    if (actions.some((a) => typeof a?.kind === 'string' && isContactAction(a.kind)))
      return 'Un ou une bénévole ne propose pas de rappel ni d’inscription : ces actions demandent un contact.';
  }
  return undefined;
}
