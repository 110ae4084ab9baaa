// The follow-ups download, page by page: the queue in its order, and with `personal=1` the names
// and coordinates opened page by page. The journal holds each centre's line (`export.personal`,
// with its number of contacts) before the file starts, and each contact's opening before that
// contact is opened (who, when, which contact).
import type { Context } from 'hono';
import type { Contact } from '../../../src/shared/records';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { type FollowUpFilter, followUpCountsByCentre, followUpPages } from '../follow-ups/list';
import { openContacts } from '../follow-ups/open-contact';
import { parisDay } from '../period';
import { loadRecordsById } from '../records/load';
import { followUpsTable } from './follow-ups-table';
import { type Format, sendTable } from './send';

export async function sendFollowUps(
  c: Context<DashboardEnv>,
  filter: FollowUpFilter,
  personal: boolean,
  f: Format,
) {
  const deps = c.var.deps;
  const db = deps.database.db;
  const userId = c.var.user.id;
  if (personal) {
    for (const { centreId, count } of await followUpCountsByCentre(db, filter)) {
      await writeAudit(
        db,
        { userId, action: 'export.personal', centreId, detail: { contacts: count, format: f } },
        deps.now(),
      );
    }
  }
  async function* pages() {
    for await (const rows of followUpPages(db, filter)) {
      if (!personal) {
        yield { rows, personal: new Map() };
        continue;
      }
      const contacts = await loadRecordsById<Contact>(
        db,
        'contact',
        rows.map((r) => r.contactId),
        filter.centreIds,
      );
      for (const contact of contacts.values()) {
        await writeAudit(
          db,
          {
            userId,
            action: 'contact.open',
            recordId: contact.id,
            centreId: contact.centreId,
            detail: { purpose: 'export' },
          },
          deps.now(),
        );
      }
      yield { rows, personal: await openContacts(deps, [...contacts.values()]) };
    }
  }
  const today = parisDay(deps.now());
  return sendTable(
    c,
    followUpsTable(pages(), personal, 'Suivis', today),
    `${personal ? 'suivis_avec_coordonnees' : 'suivis'}_${today}`,
    f,
  );
}
