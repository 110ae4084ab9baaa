// The address a resident's phone opens from a QR code: the centre's public address
// (BORNE_PUBLIC_URL, which the server tells at GET /api/v1/public-address and the tablet keeps for
// offline use), or else the address this tablet loaded the app from. It holds nothing personal.
const KEY = 'kiosk:publicUrl';

export function storedPublicUrl(): string {
  try {
    return localStorage.getItem(KEY) || location.origin;
  } catch {
    return location.origin;
  }
}

/** Asks the server once online; a failure keeps what was known. */
export async function refreshPublicUrl(fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const res = await fetcher('/api/v1/public-address');
    if (!res.ok) return;
    const body = (await res.json()) as { publicUrl?: unknown };
    if (typeof body.publicUrl === 'string' && /^https?:\/\//.test(body.publicUrl))
      localStorage.setItem(KEY, body.publicUrl.replace(/\/+$/, ''));
    else localStorage.removeItem(KEY);
  } catch {
    // Offline: the stored address (or this tablet's own) still serves.
  }
}
