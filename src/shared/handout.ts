// Where a guide's printable handout lives (the kiosk's PrintScreen): the kiosk links to it in team
// mode, the dashboard's guides page links to it for every guide. Written once, for both.
export const HANDOUT_PREFIX = '/borne/imprimer/';

export function handoutPath(guideId: string): string {
  return `${HANDOUT_PREFIX}${encodeURIComponent(guideId)}`;
}
