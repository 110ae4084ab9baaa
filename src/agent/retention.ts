// How long a contact is kept: the centre's months per consent purpose, the longest one that
// applies. Defaults: 24 months (the CNIL reference for social accompaniment) and 3 months for a
// call-back only. Counted from the capture, which is the last contact the tablet knows of.
import type { CentreSettings } from '../shared/reference';
import type { ConsentPurpose } from '../shared/taxonomy';

type RetentionSettings = CentreSettings['retention'];

export const DEFAULT_RETENTION_MONTHS = 24;
const DEFAULT_BY_PURPOSE: Record<ConsentPurpose, number> = {
  rappel: 3,
  info_activites: 24,
  sms: 24,
  annonces_permanences: 24,
};

export function retentionMonths(
  purposes: readonly ConsentPurpose[],
  settings: RetentionSettings | undefined,
): number {
  const months = purposes.map((p) => {
    const set = settings?.monthsByPurpose[p];
    return typeof set === 'number' && set > 0 ? set : DEFAULT_BY_PURPOSE[p];
  });
  return months.length ? Math.max(...months) : DEFAULT_RETENTION_MONTHS;
}

/** `at` plus `months` calendar months (UTC), the day clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export function retentionUntil(
  purposes: readonly ConsentPurpose[],
  settings: RetentionSettings | undefined,
  at: Date,
): string {
  return addMonths(at, retentionMonths(purposes, settings)).toISOString();
}
