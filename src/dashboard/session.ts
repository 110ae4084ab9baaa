// Who is signed in. The session cookie is HttpOnly: the page only knows the user and the CSRF
// token that /me or /login hand back.
import { signal } from '@preact/signals';
import type { MeResponse, Session } from '../shared/dashboard-api/session';
import { ApiError, api, setCsrfToken } from './api';

/** undefined while the first /me is on its way; null when signed out. */
export const session = signal<Session | null | undefined>(undefined);

/** True when the server ended the session under the user (expired, or closed elsewhere). */
export const sessionLost = signal(false);

export async function loadSession(): Promise<void> {
  try {
    const me = await api.get<MeResponse>('me');
    setCsrfToken(me.csrfToken);
    session.value = { user: me.user, centres: me.centres, territories: me.territories };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(undefined);
      session.value = null;
      return;
    }
    throw err;
  }
}

export async function signIn(login: string, password: string): Promise<void> {
  sessionLost.value = false;
  const res = await api.post<{ csrfToken: string }>('login', { login, password }, { quiet401: true });
  setCsrfToken(res.csrfToken);
  await loadSession();
}

export async function signOut(): Promise<void> {
  await api.post('logout');
  forgetSession();
}

export async function signOutEverywhere(): Promise<number> {
  const res = await api.post<{ sessionsClosed: number }>('logout-everywhere');
  forgetSession();
  return res.sessionsClosed;
}

export function forgetSession(): void {
  setCsrfToken(undefined);
  session.value = null;
}

/** A 401 on a signed-in request: back to the sign-in page, saying why. */
export function loseSession(): void {
  if (session.value) sessionLost.value = true;
  forgetSession();
}
