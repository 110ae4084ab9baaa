// Who and where a team record is made: the enrolled tablet's centre and device, and the agent
// whose session is open. Repositories take it as a parameter (and their clock), so tests give
// their own database and time.
import type { BorneDatabase } from '../db/database';
import type { Centre } from '../shared/reference';
import type { AgentRole } from '../shared/roles';

export interface AgentContext {
  db: BorneDatabase;
  centre: Centre;
  deviceId: string;
  agentId: string;
  now: () => Date;
  /** The role of the person whose session is open; a volunteer records no contact (roles.ts). */
  role?: AgentRole;
}

/** The fields every record carries, for a new record made now. */
export function newRecordBase(ctx: AgentContext, id: string) {
  return {
    id,
    centreId: ctx.centre.id,
    deviceId: ctx.deviceId,
    agentId: ctx.agentId,
    createdAt: ctx.now().toISOString(),
    rev: 1,
  };
}

/** A form problem: field → message key, shown beside the field; `form` for the whole form. */
export type FieldErrors = Partial<Record<string, string>>;

export class FormError extends Error {
  constructor(readonly fields: FieldErrors) {
    super('form_invalid');
  }
}

/** An encounter already received by the server is read-only on the tablet. */
export class AlreadySyncedError extends Error {
  constructor() {
    super('already_synced');
  }
}
