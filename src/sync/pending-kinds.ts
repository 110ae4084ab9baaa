// What waits in the outbox, told apart the way a worker thinks of it (issue 16 point 9): their
// encounters, the kiosk's anonymous traces (guide use and the guide's questionnaire), and the rest
// (outings, contacts, sign-ups, cards…). Counted by record, not by change: an encounter corrected
// twice before it is sent is one encounter waiting.
import type { BorneDatabase } from '../db/database';

export interface PendingKinds {
  encounters: number;
  kiosk: number;
  other: number;
}

/** Read inside the caller's transaction on `outbox`. */
export async function readPendingKinds(db: BorneDatabase): Promise<PendingKinds> {
  const encounters = new Set<string>();
  const kiosk = new Set<string>();
  const other = new Set<string>();
  await db.outbox.each((entry) => {
    const isKiosk =
      entry.entity === 'kiosk_event' ||
      (entry.entity === 'survey_response' && entry.record.context === 'guide');
    (entry.entity === 'encounter' ? encounters : isKiosk ? kiosk : other).add(entry.recordId);
  });
  return { encounters: encounters.size, kiosk: kiosk.size, other: other.size };
}
