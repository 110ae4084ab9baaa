// A centre as tablets receive it (src/shared/reference.ts `Centre`): at enrolment and in pull,
// with its list of neighbourhoods, which the outing form suggests offline (issue 16 point 9).
import type { Kysely } from 'kysely';
import type { Centre, CentreSettings } from '../../src/shared/reference';
import type { DB } from '../db/schema';

export interface CentreRow {
  id: string;
  name: string;
  commune: string;
  territory_id: string;
  territory_name: string;
  public_key: string;
  settings: string;
  /** 006: the centre's « À propos » (JSON), null until written on the dashboard. */
  about?: string | null;
  /** 008: the centre's list of neighbourhoods (coverage page), for the tablet's outing form. */
  neighbourhoods?: { name: string; qpv: number }[];
}

export function centreRecord(row: CentreRow): Centre {
  return {
    id: row.id,
    name: row.name,
    commune: row.commune,
    territoryId: row.territory_id,
    territoryName: row.territory_name,
    publicKey: JSON.parse(row.public_key) as Centre['publicKey'],
    settings: JSON.parse(row.settings) as CentreSettings,
    ...(row.about ? { about: JSON.parse(row.about) as Centre['about'] } : {}),
    ...(row.neighbourhoods?.length
      ? { neighbourhoods: row.neighbourhoods.map((n) => ({ name: n.name, qpv: n.qpv === 1 })) }
      : {}),
  };
}

/** The centre with its territory's name, and the change version of the centre row. */
export async function loadCentre(
  db: Kysely<DB>,
  centreId: string,
): Promise<(CentreRow & { version: number }) | undefined> {
  const row = await db
    .selectFrom('centres')
    .innerJoin('territories', 'territories.id', 'centres.territory_id')
    .select([
      'centres.id',
      'centres.name',
      'centres.commune',
      'centres.territory_id',
      'territories.name as territory_name',
      'centres.public_key',
      'centres.settings',
      'centres.about',
      'centres.version',
    ])
    .where('centres.id', '=', centreId)
    .executeTakeFirst();
  if (!row) return undefined;
  const neighbourhoods = await db
    .selectFrom('centre_neighbourhoods')
    .select(['name', 'qpv'])
    .where('centre_id', '=', centreId)
    .orderBy('name')
    .execute();
  return { ...row, neighbourhoods };
}
