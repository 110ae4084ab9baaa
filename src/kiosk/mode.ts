// Kiosk mode: the tablet is handed to a resident. While it is on, only kiosk screens are reachable
// (by any route or the back button); leaving needs a team member's PIN.
import { addRouteGuard, navigate, under } from '../app/router';
import { deviceSettings, updateSetting } from '../device/settings-store';
import { clock } from '../platform/clock';
import type { PinVerifier } from '../shared/reference';

export const KIOSK_HOME = '/borne';

/** What exitKioskMode returns when the team PIN of the settings (not an agent's) opened it. */
export const TEAM_PIN_ID = 'team-pin';

/** Registered once at start: while kiosk mode is on, every path leads back inside the kiosk. */
export function installKioskGuard(): void {
  addRouteGuard((to) => (deviceSettings.value.kioskActive && !under(to, KIOSK_HOME) ? KIOSK_HOME : to));
}

export async function enterKioskMode(): Promise<void> {
  await updateSetting('kioskActive', true);
  navigate(KIOSK_HOME, { replace: true });
}

/** Every PIN verifier that may leave kiosk mode: the centre's agents, then the team PIN. */
async function exitVerifiers(): Promise<{ id: string; verifier: PinVerifier }[]> {
  // Loaded on demand: the kiosk's first screen does not wait for the database code.
  const { getDb } = await import('../db/database');
  const agents = await getDb()
    .agents.toArray()
    .catch(() => []);
  const out = agents.map((a) => ({ id: a.id, verifier: a.pinVerifier }));
  const team = deviceSettings.value.teamPinVerifier;
  if (team) out.push({ id: TEAM_PIN_ID, verifier: team });
  return out;
}

/**
 * False only on a tablet with no agent and no team PIN at all: then nothing can check a PIN, and
 * the exit control lets staff out rather than locking the tablet for good. Such a tablet holds no
 * record (records need an agent), and the team space behind it has its own lock.
 */
export async function kioskExitNeedsPin(): Promise<boolean> {
  return (await exitVerifiers()).length > 0;
}

/**
 * Leaves kiosk mode when `pin` belongs to one of the centre's agents (returns the agent's id) or
 * is the team PIN (returns TEAM_PIN_ID). A wrong PIN returns undefined and nothing changes.
 */
export async function exitKioskMode(pin: string): Promise<string | undefined> {
  const [verifiers, { verifyPin }] = await Promise.all([exitVerifiers(), import('../crypto/pin')]);
  let opener: string | undefined;
  if (verifiers.length === 0) opener = TEAM_PIN_ID;
  for (const { id, verifier } of verifiers) {
    if (await verifyPin(pin, verifier)) {
      opener = id;
      break;
    }
  }
  if (!opener) return undefined;
  await updateSetting('kioskActive', false);
  if (opener !== TEAM_PIN_ID) {
    // The agent just proved who they are: open their team session, no second PIN.
    const { openSession } = await import('../agent/session');
    await openSession(opener, clock.ms());
  }
  navigate('/equipe', { replace: true });
  return opener;
}
