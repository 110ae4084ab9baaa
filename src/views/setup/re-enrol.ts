// Enrolling again a tablet the server no longer knows (issue 15 §4: a restore from a backup older
// than its enrolment answers its token with 401). Nothing on the tablet is deleted: the setup screen
// offers the code form again, the tablet keeps its id (the server takes it back), and once enrolled
// it queues everything it holds again, as after a restore (src/sync/restore.ts).
import { getDb } from '../../db/database';
import { clock } from '../../platform/clock';
import { noteReEnrolment } from '../../sync/restore';
import { clearState, getState } from '../../sync/state';

/** True when the last sync was refused because the server does not know this tablet. */
export async function mustEnrolAgain(): Promise<boolean> {
  const last = await getState(getDb(), 'lastError').catch(() => undefined);
  return last?.kind === 'unauthorized';
}

export async function enrolledAgain(epoch: string | undefined): Promise<void> {
  const db = getDb();
  await clearState(db, 'lastError');
  // An older server sends no epoch (nor keeps the id): there is no restore to catch up with then.
  if (epoch) await noteReEnrolment(db, epoch, clock.now());
}
