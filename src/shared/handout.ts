// Where a guide's printable handout lives (the kiosk's PrintScreen): the kiosk links to it in team
// mode, the dashboard's guides page links to it for every guide. Written once, for both.
export const HANDOUT_PREFIX = '/borne/imprimer/';

/** The query that marks a handout opened from the dashboard (a coordinator's browser, not a tablet). */
const FROM = { name: 'depuis', value: 'tableau-de-bord' } as const;

export function handoutPath(guideId: string): string {
  return `${HANDOUT_PREFIX}${encodeURIComponent(guideId)}`;
}

/** The dashboard's link: the same handout, in a browser that must not become a tablet. */
export function dashboardHandoutPath(guideId: string): string {
  return `${handoutPath(guideId)}?${FROM.name}=${FROM.value}`;
}

/**
 * True for a handout opened from the dashboard: that page installs no service worker, asks for no
 * persistent storage and starts no sync — the coordinator's browser only prints a guide.
 */
export function isDashboardHandout(pathname: string, search: string): boolean {
  return pathname.startsWith(HANDOUT_PREFIX) && new URLSearchParams(search).get(FROM.name) === FROM.value;
}
