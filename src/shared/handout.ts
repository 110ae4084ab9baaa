// Where a guide's printable handout lives on the kiosk (PrintScreen), linked in team mode. The
// dashboard prints the same handout on a page of its own (src/dashboard/admin/GuideHandout.tsx),
// so a coordinator's browser never opens the kiosk's.
export const HANDOUT_PREFIX = '/borne/imprimer/';

export function handoutPath(guideId: string): string {
  return `${HANDOUT_PREFIX}${encodeURIComponent(guideId)}`;
}
