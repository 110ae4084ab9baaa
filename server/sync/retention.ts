// The server decides how long a contact is kept (DESIGN.md "The server decides retention"): the
// stored retentionUntil is the earlier of what the tablet sent and consentAt + the centre's policy
// for the purposes consented to (the longest of them). A tablet cannot keep a person for ever.
import type { CentreSettings } from '../../src/shared/reference';
import { DEFAULT_CENTRE_SETTINGS } from '../../src/shared/reference';

/** `iso` plus `months` calendar months (UTC), clamped to the last day of a shorter month. */
export function addMonths(iso: string, months: number): Date {
  const d = new Date(iso);
  const day = d.getUTCDate();
  const target = new Date(d.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target;
}

/** The latest retentionUntil the centre allows for a contact consented at `consentAt`. */
export function retentionLimit(
  consentAt: string,
  purposes: readonly string[],
  settings: CentreSettings | undefined,
  now: Date,
): Date {
  const policy = settings?.retention?.monthsByPurpose ?? DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose;
  const fallback = DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose as Record<string, number>;
  const months = Math.max(
    0,
    ...purposes.map((p) => {
      const m = (policy as Record<string, number | undefined>)[p] ?? fallback[p] ?? 0;
      return Number.isFinite(m) ? m : 0;
    }),
  );
  // A tablet clock ahead of the server must not lengthen the stay: count from the earlier.
  const from = Math.min(Date.parse(consentAt), now.getTime());
  return addMonths(new Date(from).toISOString(), months);
}

/** The retentionUntil the server stores: the tablet's value, capped by the centre's policy. */
export function cappedRetention(
  contact: { consentAt: string; consentPurposes: readonly string[]; retentionUntil: string },
  settings: CentreSettings | undefined,
  now: Date,
): string {
  const limit = retentionLimit(contact.consentAt, contact.consentPurposes, settings, now);
  const asked = new Date(contact.retentionUntil);
  return (asked.getTime() <= limit.getTime() ? asked : limit).toISOString();
}
