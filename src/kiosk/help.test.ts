// @vitest-environment happy-dom
// One help request per need (the rule in help.ts): a resident who closes « J'ai besoin d'une
// personne » and opens it again on the same screen is still the one request, counted once; asking
// on another screen, or the next resident after a reset, is a new one.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../app/router';
import { getDb } from '../db/database';
import { DEFAULT_SETTINGS } from '../device/device-settings';
import { clearEnrolment, type Enrolment, saveEnrolment } from '../device/enrolment';
import { deviceSettings } from '../device/settings-store';
import { askForAPerson } from './help';
import { clearKioskState } from './reset';
import { helpOpen } from './state';

const ENROLMENT = {
  deviceId: 'device-1',
  deviceToken: 'token',
  deviceName: 'Tablette 1',
  centre: { id: 'centre-1' },
  enrolledAt: '2026-01-01T00:00:00.000Z',
} as unknown as Enrolment;

const helpRows = async () =>
  (await getDb().kioskEvents.toArray())
    .filter((e) => e.event === 'help_request')
    .map((e) => ({ guideId: e.guideId, step: e.step }));

/** Opens the help screen and closes it again, as « D'accord » does. */
function askAndClose() {
  askForAPerson();
  expect(helpOpen.value).toBe(true);
  helpOpen.value = false;
}

describe('help requests', () => {
  beforeEach(async () => {
    await clearEnrolment();
    await getDb().kioskEvents.clear();
    await getDb().outbox.clear();
    await saveEnrolment(ENROLMENT);
    deviceSettings.value = { ...DEFAULT_SETTINGS, lastAgentId: 'agent-1' };
    clearKioskState();
  });

  it('counts one request however often the resident opens the screen at the same step', async () => {
    navigate('/borne/guide/caf-attestation/etape/2');
    askAndClose();
    askAndClose();
    askAndClose();
    await vi.waitFor(async () => expect(await helpRows()).toHaveLength(1), { timeout: 5000 });
    // Give a second write the time to land, had there been one.
    await new Promise((r) => setTimeout(r, 50));
    expect(await helpRows()).toEqual([{ guideId: 'caf-attestation', step: 2 }]);
  });

  it('counts a new request on another screen, and for the next resident after a reset', async () => {
    navigate('/borne/guide/caf-attestation/etape/2');
    askAndClose();
    navigate('/borne/guide/caf-attestation/etape/3');
    askAndClose();
    askAndClose();
    clearKioskState();
    navigate('/borne/guide/caf-attestation/etape/3');
    askAndClose();
    await vi.waitFor(async () => expect(await helpRows()).toHaveLength(3), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await helpRows()).toEqual([
      { guideId: 'caf-attestation', step: 2 },
      { guideId: 'caf-attestation', step: 3 },
      { guideId: 'caf-attestation', step: 3 },
    ]);
  });
});
