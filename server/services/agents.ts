import type { Kysely } from 'kysely';
import { makePinVerifier } from '../../src/crypto/pin';
import type { AgentRole } from '../../src/shared/roles';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';
import { newId } from './ids';

export async function createAgent(
  db: Kysely<DB>,
  input: { centreId: string; displayName: string; pin: string; role?: AgentRole },
  now: Date,
): Promise<string> {
  const id = newId();
  const verifier = await makePinVerifier(input.pin);
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .insertInto('agents')
      .values({
        id,
        centre_id: input.centreId,
        display_name: input.displayName,
        role: input.role ?? 'agent',
        pin_verifier: JSON.stringify(verifier),
        version,
        deleted_at: null,
        created_at: now.toISOString(),
      })
      .execute();
  });
  return id;
}

export async function resetAgentPin(db: Kysely<DB>, agentId: string, pin: string): Promise<void> {
  const verifier = await makePinVerifier(pin);
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .updateTable('agents')
      .set({ pin_verifier: JSON.stringify(verifier), version })
      .where('id', '=', agentId)
      .execute();
  });
}
