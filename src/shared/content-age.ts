// How old a guide's facts are: the dashboard shows each guide's age and flags « à revérifier » once
// its facts were last checked 6 months ago or more (or never). One rule, used by the build's report,
// the dashboard and its tests.
import { isCalendarDate } from './content';

/** A guide is to be checked again this many months after `verifiedOn`. */
export const REVIEW_AFTER_MONTHS = 6;

export interface GuideAge {
  /** Whole months since the check (0 in the first month), or null when no valid date is known. */
  months: number | null;
  /** true when the guide must be checked again. */
  due: boolean;
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD); 2026-06-01 → 2026-12-01 is 6. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** The age of a guide checked on `verifiedOn`, seen on `today` (YYYY-MM-DD). */
export function guideAge(verifiedOn: string | undefined | null, today: string): GuideAge {
  if (!verifiedOn || !isCalendarDate(verifiedOn)) return { months: null, due: true };
  const months = wholeMonthsBetween(verifiedOn, today);
  return { months, due: months >= REVIEW_AFTER_MONTHS };
}
