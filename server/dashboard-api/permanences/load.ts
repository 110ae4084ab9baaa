// The permanences of some centres as the dashboard, the public feed and the coverage figures read
// them: the published rows that are not deleted, in the order of their first day and time.
import type { Kysely } from 'kysely';
import type { Permanence } from '../../../src/shared/permanences';
import type { DB } from '../../db/schema';
import { inIds } from '../scope';

export async function loadPermanences(db: Kysely<DB>, centreIds: string[]): Promise<Permanence[]> {
  const rows = await db
    .selectFrom('permanences')
    .select('data')
    .where((eb) => inIds(eb, 'centre_id', centreIds))
    .where('deleted_at', 'is', null)
    .execute();
  return rows
    .map((r) => JSON.parse(r.data) as Permanence)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.startTime.localeCompare(b.startTime) ||
        a.placeLabel.localeCompare(b.placeLabel, 'fr'),
    );
}
