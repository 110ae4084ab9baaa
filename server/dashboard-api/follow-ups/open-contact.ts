// Opens a contact's sealed payload in memory for a signed-in user, and writes the opening to the
// audit log first (who, when, which contact): an opening that fails is still an attempt on record.
// The clear payload is returned to the caller and never stored nor logged.
import type { Kysely } from 'kysely';
import type { ContactPersonal } from '../../../src/shared/records';
import type { Deps } from '../../app-env';
import { importCentrePrivateKey } from '../../crypto/centre-keys';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/errors';
import { openSealedBox, SealedBoxError } from '../../sync/open-contact';
import { writeAudit } from '../audit';
import type { ContactRecord } from '../records/load';

/** Opens several contacts with one key import per centre (exports, GDPR). Not audit-logged here. */
export async function openContacts(
  deps: Pick<Deps, 'database' | 'secrets'>,
  contacts: ContactRecord[],
): Promise<Map<string, ContactPersonal | { error: string }>> {
  const db: Kysely<DB> = deps.database.db;
  const out = new Map<string, ContactPersonal | { error: string }>();
  const keys = new Map<string, Awaited<ReturnType<typeof importCentrePrivateKey>>>();
  for (const c of contacts) {
    if (!c.record.sealed) {
      out.set(c.id, { error: 'Les coordonnées de ce contact ne sont pas sur le serveur.' });
      continue;
    }
    let key = keys.get(c.centreId);
    if (!key) {
      const centre = await db
        .selectFrom('centres')
        .select('private_key_enc')
        .where('id', '=', c.centreId)
        .executeTakeFirstOrThrow();
      key = await importCentrePrivateKey(deps.secrets, centre.private_key_enc);
      keys.set(c.centreId, key);
    }
    try {
      out.set(c.id, await openSealedBox(key, c.record.sealed));
    } catch (err) {
      out.set(c.id, {
        error: err instanceof SealedBoxError ? err.message : 'Les coordonnées ne peuvent pas être ouvertes.',
      });
    }
  }
  return out;
}

export async function openContactAudited(
  deps: Deps,
  contact: ContactRecord,
  userId: string,
  purpose: string,
): Promise<ContactPersonal> {
  await writeAudit(
    deps.database.db,
    { userId, action: 'contact.open', recordId: contact.id, centreId: contact.centreId, detail: { purpose } },
    deps.now(),
  );
  const opened = (await openContacts(deps, [contact])).get(contact.id)!;
  if ('error' in opened) throw new HttpError(409, 'conflict', opened.error);
  return opened;
}
