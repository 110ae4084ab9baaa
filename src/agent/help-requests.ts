// Today's « J'ai besoin d'une personne » requests made on this tablet's kiosk, for the team space:
// when, and on which guide and step (anonymous kiosk events read from the local database).
import type { BorneDatabase } from '../db/database';

export interface HelpRequestRow {
  id: string;
  at: string;
  guideId?: string;
  step?: number;
}

/** Newest first, from local midnight to the next. */
export async function todaysHelpRequests(db: BorneDatabase, now: Date): Promise<HelpRequestRow[]> {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  const events = await db.kioskEvents
    .where('at')
    .between(start.toISOString(), end.toISOString(), true, false)
    .filter((e) => e.event === 'help_request')
    .toArray();
  return events
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((e) => ({
      id: e.id,
      at: e.at,
      ...(e.guideId ? { guideId: e.guideId } : {}),
      ...(e.step !== undefined ? { step: e.step } : {}),
    }));
}
