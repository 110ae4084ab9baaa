// « La borne revient : jeudi 9 h, marché de Wazemmes » (issue 11): where and when the borne comes
// back, read offline from the permanences the tablet pulled. The place the tablet stands in is the
// outing open on it; without one, the kiosk tells the centre's next permanences.
// Runs in the content worker (src/content/content.worker.ts), watched for the kiosk home.
import { liveQuery } from 'dexie';
import { type BorneDatabase, getDb } from '../db/database';
import { clock } from '../platform/clock';
import {
  addDays,
  localDate,
  localTime,
  nextOccurrences,
  type Occurrence,
  placeKey,
} from '../shared/permanences';

export interface NextVisits {
  /** The next time the borne comes back here (absent: nothing planned here). */
  here?: Occurrence;
  /** The next ones nearby (same neighbourhood first, then the centre's), at most `limit`. */
  nearby: Occurrence[];
  /** Whether a place is known (an outing is open on the tablet). */
  placeKnown: boolean;
}

export async function readNextVisits(db: BorneDatabase, now: Date, limit = 2): Promise<NextVisits> {
  const [permanences, open] = await Promise.all([
    db.permanences.toArray(),
    db.outings
      .where('startedAt')
      .aboveOrEqual(new Date(now.getTime() - 86_400_000).toISOString())
      .filter((o) => !o.endedAt)
      .toArray(),
  ]);
  const today = localDate(now);
  const time = localTime(now);
  const outing = open.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  if (!outing) return { nearby: nextOccurrences(permanences, today, time, limit + 1), placeKnown: false };

  const place = placeKey(outing.placeLabel);
  const isHere = (p: { id: string; placeLabel: string }) =>
    p.id === outing.permanenceId || placeKey(p.placeLabel) === place;
  // Today's visit is the one going on: « revient » is the next day it is planned here.
  const here = nextOccurrences(permanences, addDays(today, 1), '00:00', 1, isHere)[0];
  const area = placeKey(outing.neighbourhood);
  const others = nextOccurrences(permanences, today, time, 20, (p) => !isHere(p));
  const sameArea = others.filter((o) => placeKey(o.permanence.neighbourhood) === area);
  const rest = others.filter((o) => placeKey(o.permanence.neighbourhood) !== area);
  return { here, nearby: [...sameArea, ...rest].slice(0, limit), placeKnown: true };
}

/** Calls `onChange` now and after every change of the plan or the outings; returns the stop. */
export function watchNextVisits(onChange: (visits: NextVisits) => void): () => void {
  const sub = liveQuery(() => readNextVisits(getDb(), clock.now())).subscribe({
    next: onChange,
    error: (err) => console.warn('[kiosk] next visits unavailable', err),
  });
  return () => sub.unsubscribe();
}
