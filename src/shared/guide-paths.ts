// Where a guide's screens live on the kiosk (/borne/guide/ID, …/etape/N, …/fin), and the same
// place on the centre's public address for a resident's phone. Pure: the kiosk's screens and the
// dashboard's printable handout (whose QR code opens the guide on a phone) both build them here.
export const GUIDE_PREFIX = '/borne/guide/';

export function guidePath(guideId: string, place: 'intro' | 'end' | number = 'intro'): string {
  const base = `${GUIDE_PREFIX}${guideId}`;
  return place === 'intro' ? base : place === 'end' ? `${base}/fin` : `${base}/etape/${place}`;
}

/** The same guide at the same place, on the public address `base`. */
export function phoneUrl(base: string, guideId: string, place: 'intro' | 'end' | number): string {
  return `${base.replace(/\/+$/, '')}${guidePath(guideId, place)}`;
}
