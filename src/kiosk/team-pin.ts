// The team PIN: lets staff leave kiosk mode on a tablet that has no agent yet (not enrolled, or
// never synced). Only its verifier is kept, never the PIN itself, made by the same code and in the
// same format as the agents' verifiers (src/crypto/pin.ts), so one check serves both.
import { makePinVerifier } from '../crypto/pin';
import type { PinVerifier } from '../shared/reference';

export async function makeTeamPinVerifier(pin: string): Promise<PinVerifier> {
  return makePinVerifier(pin);
}

/** Stores a new team PIN (as its verifier) in the device settings. */
export async function setTeamPin(pin: string): Promise<void> {
  const { updateSetting } = await import('../device/settings-store');
  await updateSetting('teamPinVerifier', await makeTeamPinVerifier(pin));
}
