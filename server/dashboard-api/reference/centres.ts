// Centres, agents and users in the scope: the values of the dashboard's filters.
import type { Kysely } from 'kysely';
import type { CentreRef } from '../../../src/shared/dashboard-api/session';
import type { DB } from '../../db/schema';
import { inIds } from '../scope';

export type { CentreRef };

export async function listScopeCentres(db: Kysely<DB>, centreIds: string[]): Promise<CentreRef[]> {
  const rows = await db
    .selectFrom('centres')
    .innerJoin('territories', 'territories.id', 'centres.territory_id')
    .select([
      'centres.id',
      'centres.name',
      'centres.commune',
      'centres.territory_id',
      'territories.name as territory_name',
    ])
    .where((eb) => inIds(eb, 'centres.id', centreIds))
    .orderBy('centres.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    commune: r.commune,
    territoryId: r.territory_id,
    territoryName: r.territory_name,
  }));
}
