// Dashboard users who can see a centre: the possible assignees of its follow-ups.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface UserRef {
  id: string;
  name: string;
  role: DB['users']['role'];
}

/** Users whose own scope covers at least one of `centreIds` (admins always do). */
export async function usersSeeing(db: Kysely<DB>, centreIds: string[]): Promise<UserRef[]> {
  if (!centreIds.length) return [];
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'territory_id'])
    .where('id', 'in', centreIds)
    .execute();
  const territories = [...new Set(centres.map((c) => c.territory_id))];
  const [users, links] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'role', 'territory_id']).where('disabled', '=', 0).execute(),
    db
      .selectFrom('user_centres')
      .select(['user_id', 'centre_id'])
      .where('centre_id', 'in', centreIds)
      .execute(),
  ]);
  const linked = new Set(links.map((l) => l.user_id));
  return users
    .filter(
      (u) =>
        u.role === 'admin' ||
        (u.role === 'territory_coordinator' && !!u.territory_id && territories.includes(u.territory_id)) ||
        (u.role === 'coordinator' && linked.has(u.id)),
    )
    .map((u) => ({ id: u.id, name: u.name, role: u.role }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
