// Handing the tablet round the workshop's table for its feedback: like handing it to a resident,
// the team space locks (drafts saved, contact drafts wiped) and kiosk mode comes on, on the
// feedback screen of that activity; leaving it again needs a team PIN.
import { wipeContactDrafts } from '../../../agent/drafts';
import { closeSession } from '../../../agent/session';
import { navigate } from '../../../app/router';
import { getDb } from '../../../db/database';
import { updateSetting } from '../../../device/settings-store';
import { clock } from '../../../platform/clock';
import { flushAllDrafts } from '../useDraft';

export const FEEDBACK_PATH = '/borne/avis-atelier/';

export async function handRoundFeedback(activityId: string): Promise<void> {
  await flushAllDrafts();
  await wipeContactDrafts(getDb(), 0, clock.now());
  await closeSession();
  await updateSetting('kioskActive', true);
  navigate(`${FEEDBACK_PATH}${encodeURIComponent(activityId)}`, { replace: true });
}
