import type { Kysely } from 'kysely';
import { hashPassword } from '../crypto/password';
import type { DB } from '../db/schema';
import { newId } from './ids';

export type Role = DB['users']['role'];

export async function createUser(
  db: Kysely<DB>,
  input: {
    login: string;
    name: string;
    password: string;
    role: Role;
    centreIds?: string[];
    territoryId?: string;
  },
  now: Date,
): Promise<string> {
  const login = input.login.trim().toLowerCase();
  if (!login) throw new Error('Il faut un identifiant de connexion.');
  if (input.password.length < 10) throw new Error('Le mot de passe doit avoir au moins 10 caractères.');
  const existing = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  if (existing) throw new Error(`L’identifiant « ${login} » existe déjà.`);
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        login,
        name: input.name,
        password_hash: passwordHash,
        role: input.role,
        territory_id: input.territoryId ?? null,
        created_at: now.toISOString(),
      })
      .execute();
    for (const centreId of input.centreIds ?? []) {
      await trx.insertInto('user_centres').values({ user_id: id, centre_id: centreId }).execute();
    }
  });
  return id;
}
