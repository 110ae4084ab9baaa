// The funders' block of each centre in scope (its « À propos », written on the dashboard), printed
// at the top of the CAF and FEDER exports: « Avec le soutien de l'Union européenne — FEDER… ».
// Nothing when no centre wrote one, so those exports start with their header as before.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { parseAbout } from '../admin/about-routes';
import type { Cell } from './table';

export async function fundersPreamble(db: Kysely<DB>, centreIds: readonly string[]): Promise<Cell[][]> {
  if (centreIds.length === 0) return [];
  const rows = await db
    .selectFrom('centres')
    .select(['name', 'about'])
    .where('id', 'in', [...centreIds])
    .orderBy('name')
    .execute();
  const out: Cell[][] = [];
  for (const row of rows) {
    const funders = parseAbout(row.about).funders;
    if (funders) out.push([row.name, `Avec le soutien de : ${funders.replace(/\s*\n\s*/g, ' ; ')}`]);
  }
  return out;
}
