// Small device preferences, kept with idb-keyval (never in components). Each setting has a key
// and a default; the enrolment and sync state add their own keys in their modules.
import { get, set } from 'idb-keyval';
import type { PinVerifier } from '../shared/reference';
import type { Language } from '../shared/taxonomy';

export interface DeviceSettings {
  /** Language the tablet starts in and returns to after a kiosk reset. */
  defaultLanguage: Language;
  /** True while the tablet is handed to a resident: only kiosk screens are reachable. */
  kioskActive: boolean;
  /** Seconds without touch before kiosk mode asks "Vous êtes toujours là ?". */
  kioskIdleSeconds: number;
  /** Seconds without touch before the team space locks. */
  agentLockSeconds: number;
  /** The agent who last unlocked the team space (anonymous kiosk records are attributed to them). */
  lastAgentId: string | undefined;
  /** PBKDF2 verifier of the team PIN that leaves kiosk mode before any agent exists on the tablet. */
  teamPinVerifier: PinVerifier | undefined;
}

export const DEFAULT_SETTINGS: DeviceSettings = {
  defaultLanguage: 'fr',
  kioskActive: false,
  kioskIdleSeconds: 180,
  agentLockSeconds: 300,
  lastAgentId: undefined,
  teamPinVerifier: undefined,
};

const PREFIX = 'setting:';

export async function loadSettings(): Promise<DeviceSettings> {
  const entries = await Promise.all(
    (Object.keys(DEFAULT_SETTINGS) as (keyof DeviceSettings)[]).map(
      async (key) => [key, await get(PREFIX + key)] as const,
    ),
  );
  const out = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out as unknown as DeviceSettings;
}

export async function saveSetting<K extends keyof DeviceSettings>(
  key: K,
  value: DeviceSettings[K],
): Promise<void> {
  await set(PREFIX + key, value);
}
