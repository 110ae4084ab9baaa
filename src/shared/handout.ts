// Where a guide's printable handout lives on the kiosk (PrintScreen), linked in team mode. The
// dashboard prints the same handout on a page of its own (src/dashboard/admin/GuideHandout.tsx),
// so a coordinator's browser never opens the kiosk's.
export const HANDOUT_PREFIX = '/borne/imprimer/';

/** The query the dashboard's link to the kiosk's handout used to carry. Nothing links with it now;
 *  the tablet's entry (src/main.tsx) still checks it until that file drops the check. */
const FROM = { name: 'depuis', value: 'tableau-de-bord' } as const;

export function handoutPath(guideId: string): string {
  return `${HANDOUT_PREFIX}${encodeURIComponent(guideId)}`;
}

/**
 * True for a handout opened with the old dashboard link: that page installs no service worker,
 * asks for no persistent storage and starts no sync.
 */
export function isDashboardHandout(pathname: string, search: string): boolean {
  return pathname.startsWith(HANDOUT_PREFIX) && new URLSearchParams(search).get(FROM.name) === FROM.value;
}
