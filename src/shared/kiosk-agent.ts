// The kiosk pseudo-agent: who a kiosk event or a survey answer is attributed to when it was made on
// a tablet where no agent has unlocked the team space yet. Every record names an agent (DESIGN.md
// "Data model"); rather than drop what a resident did, the tablet records it under its own device
// and this fixed agent id, which the server accepts for anonymous kiosk records only.
export const KIOSK_AGENT_ID = 'borne';

/** How the dashboard and the exports name it. */
export const KIOSK_AGENT_NAME = 'La borne (aucun agent)';

/** The only records a tablet may attribute to the kiosk pseudo-agent. */
export const KIOSK_AGENT_ENTITIES: readonly string[] = ['kiosk_event', 'survey_response'];

export function mayUseKioskAgent(entity: string, agentId: string): boolean {
  return agentId === KIOSK_AGENT_ID && KIOSK_AGENT_ENTITIES.includes(entity);
}
