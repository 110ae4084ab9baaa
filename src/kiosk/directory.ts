// The partners and the agenda the tablet pulled, read for the kiosk's « Où aller ? » and « Les
// activités du centre ». The database code loads only when one of those screens opens.
import type { Activity, Partner } from '../shared/reference';

export async function loadPartners(): Promise<Partner[]> {
  const { getDb } = await import('../db/database');
  return getDb().partners.toArray();
}

/** Activities from today on, soonest first. */
export async function loadUpcomingActivities(now: Date): Promise<Activity[]> {
  const { getDb } = await import('../db/database');
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  return getDb().activities.where('startsAt').aboveOrEqual(start.toISOString()).sortBy('startsAt');
}

/** When the tablet last brought the centre's lists (the seats shown are as of then). */
export async function lastPullAt(): Promise<string | undefined> {
  const { getDb } = await import('../db/database');
  const row = await getDb().syncState.get('lastSuccessAt');
  return typeof row?.value === 'string' ? row.value : undefined;
}
