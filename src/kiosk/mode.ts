// Kiosk mode: the tablet is handed to a resident. While it is on, only kiosk screens are reachable
// (by any route or the back button); leaving needs a team member's PIN.
import { addRouteGuard, navigate, under } from '../app/router';
import { deviceSettings, updateSetting } from '../settings/store';

export const KIOSK_HOME = '/borne';

/** Registered once at start: while kiosk mode is on, every path leads back inside the kiosk. */
export function installKioskGuard(): void {
  addRouteGuard((to) => (deviceSettings.value.kioskActive && !under(to, KIOSK_HOME) ? KIOSK_HOME : to));
}

export async function enterKioskMode(): Promise<void> {
  await updateSetting('kioskActive', true);
  navigate(KIOSK_HOME, { replace: true });
}

/**
 * Leaves kiosk mode when `pin` belongs to one of the centre's agents. Returns the agent's id,
 * or undefined for a wrong PIN (nothing changes).
 */
export async function exitKioskMode(pin: string): Promise<string | undefined> {
  // Loaded on demand: the kiosk's first screen does not wait for the database code.
  const [{ getDb }, { verifyPin }] = await Promise.all([import('../db/database'), import('../crypto/pin')]);
  const agents = await getDb().agents.toArray();
  for (const agent of agents) {
    if (await verifyPin(pin, agent.pinVerifier)) {
      await updateSetting('kioskActive', false);
      navigate('/equipe', { replace: true });
      return agent.id;
    }
  }
  return undefined;
}
