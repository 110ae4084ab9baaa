// Why a tablet needs the coordinator's attention, for the dashboard home. Each check looks at one
// tablet and says what is wrong in a kind the page words (`coord.home.attention.<kind>`), with
// numbers for the sentence. New checks (the tablet heartbeat's flags: battery, storage, clock,
// app version…) are added to TABLET_CHECKS with their message; nothing else needs to change.

export interface TabletFacts {
  id: string;
  name: string;
  centreId: string;
  centreName: string;
  enrolledAt: string;
  lastSeenAt: string | null;
  /** The tablet's last heartbeat, when pushes carry one (shape owned by the heartbeat's code). */
  heartbeat?: Record<string, unknown> | undefined;
}

export interface Attention {
  kind: string;
  params?: Record<string, string | number>;
}

export type TabletCheck = (tablet: TabletFacts, now: Date) => Attention | undefined;

const DAY_MS = 86_400_000;
/** A tablet silent this long is probably left in a drawer, lost, or unable to sync. */
export const SILENT_DAYS = 7;

const neverSynced: TabletCheck = (t, now) =>
  !t.lastSeenAt && now.getTime() - Date.parse(t.enrolledAt) > DAY_MS ? { kind: 'never_synced' } : undefined;

const silent: TabletCheck = (t, now) => {
  if (!t.lastSeenAt) return undefined;
  const days = Math.floor((now.getTime() - Date.parse(t.lastSeenAt)) / DAY_MS);
  return days >= SILENT_DAYS ? { kind: 'silent', params: { days } } : undefined;
};

export const TABLET_CHECKS: TabletCheck[] = [neverSynced, silent];

/** Every reason a tablet needs attention (none: it is fine). */
export function tabletAttention(tablet: TabletFacts, now: Date, checks = TABLET_CHECKS): Attention[] {
  return checks.flatMap((check) => check(tablet, now) ?? []);
}
