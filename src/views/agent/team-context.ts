// What every team screen needs: the repositories' context (database, centre, device, agent) and
// the agent's name. Provided by AgentApp once the session is open.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AgentContext } from '../../agent/context';
import type { LocalAgent } from '../../db/types';

export interface Team {
  ctx: AgentContext;
  agent: LocalAgent;
  /** Seconds without a touch before the team space locks (drafts older than that are offered). */
  lockSeconds: number;
}

export const TeamContext = createContext<Team | undefined>(undefined);

export function useTeam(): Team {
  const team = useContext(TeamContext);
  if (!team) throw new Error('team screens need an open session');
  return team;
}
