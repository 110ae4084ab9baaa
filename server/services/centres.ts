import type { Kysely } from 'kysely';
import { DEFAULT_CENTRE_SETTINGS } from '../../src/shared/reference';
import { generateCentreKeys } from '../crypto/centre-keys';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';
import type { Secrets } from '../secrets';

export async function ensureTerritory(db: Kysely<DB>, id: string, name: string): Promise<void> {
  const found = await db.selectFrom('territories').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) await db.insertInto('territories').values({ id, name }).execute();
}

export async function createCentre(
  db: Kysely<DB>,
  secrets: Secrets,
  input: { id: string; territoryId: string; name: string; commune: string },
  now: Date,
): Promise<void> {
  const keys = await generateCentreKeys(secrets);
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .insertInto('centres')
      .values({
        id: input.id,
        territory_id: input.territoryId,
        name: input.name,
        commune: input.commune,
        public_key: keys.publicJwk,
        private_key_enc: keys.privateJwkWrapped,
        settings: JSON.stringify(DEFAULT_CENTRE_SETTINGS),
        version,
        created_at: now.toISOString(),
      })
      .execute();
  });
}
