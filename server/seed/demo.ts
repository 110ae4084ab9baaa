// The demo: both territories and the eight centres of the programme, the partner directory, an
// activity agenda, two agents with PINs and a coordinator with a generated password for the first
// centre. Run once; later runs return the same logins (kept in the data directory, 0600).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Activity } from '../../src/shared/reference';
import { generatePassword } from '../crypto/password';
import { randomPin } from '../crypto/pin';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';
import type { Secrets } from '../secrets';
import { createAgent } from '../services/agents';
import { createCentre, ensureTerritory } from '../services/centres';
import { newId } from '../services/ids';
import { createUser } from '../services/users';
import source from './data/centres-sociaux-connectes.json' with { type: 'json' };
import { mapPartners, slug } from './partners';

export interface DemoResult {
  centre: { id: string; name: string; territoryId: string };
  agents: { id: string; displayName: string; pin: string }[];
  coordinator: { login: string; password: string };
  /** Sees every centre of Croissant sud (absent in demos seeded before it existed). */
  territoryCoordinator?: { login: string; password: string };
  /** Sees every centre. */
  admin?: { login: string; password: string };
  created: boolean;
}

export const DEMO_CENTRE_ID = 'arbrisseau';
/** Priority neighbourhoods (QPV) of Lille around the demo centre, as the team names them. */
export const DEMO_NEIGHBOURHOODS = ['Lille-Sud', 'Moulins', 'Wazemmes', 'Faubourg de Béthune'];

// Short, stable ids for the programme's centres (they appear in URLs and exports).
const CENTRE_IDS: Record<string, string> = {
  "Centre social et culturel de l'Arbrisseau": DEMO_CENTRE_ID,
  'Centre social et culturel Lazare Garreau': 'lazare-garreau',
  'Centre social du Faubourg de Béthune': 'faubourg-de-bethune',
  'Centre social intercommunal La Maison du Chemin Rouge': 'chemin-rouge',
  'Centre socioculturel Phalempins': 'phalempins',
  'Centre socioculturel Belencontre': 'belencontre',
  'Maison de Jeunes et de la Culture du Virolois': 'mjc-virolois',
  'Maison de développement social Echo': 'echo-roubaix',
};

function credentialsFile(dataDir: string) {
  return join(dataDir, 'demo-credentials.json');
}

export async function seedDemo(
  db: Kysely<DB>,
  secrets: Secrets,
  dataDir: string,
  now: Date,
): Promise<DemoResult> {
  const existing = await db
    .selectFrom('centres')
    .select('id')
    .where('id', '=', DEMO_CENTRE_ID)
    .executeTakeFirst();
  if (existing) {
    const file = credentialsFile(dataDir);
    if (!existsSync(file))
      throw new Error('Le centre de démonstration existe déjà, mais ses identifiants ont été effacés.');
    return { ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<DemoResult, 'created'>), created: false };
  }

  for (const t of source.territories) await ensureTerritory(db, t.id, t.name);
  for (const c of source.centres) {
    const id = CENTRE_IDS[c.name] ?? slug(c.name);
    await createCentre(db, secrets, { id, territoryId: c.territory, name: c.name, commune: c.commune }, now);
  }

  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    for (const p of mapPartners(source.partners)) {
      await trx
        .insertInto('partners')
        .values({
          id: p.id,
          territory_id: p.territoryId,
          name: p.name,
          data: JSON.stringify(p),
          version,
          deleted_at: null,
        })
        .execute();
    }
    for (const a of demoActivities(now)) {
      await trx
        .insertInto('activities')
        .values({ id: a.id, centre_id: a.centreId, data: JSON.stringify(a), version, deleted_at: null })
        .execute();
    }
    // The demo centre's priority neighbourhoods (QPV of Lille) for the coverage page (issue 11).
    await trx
      .insertInto('centre_neighbourhoods')
      .values(DEMO_NEIGHBOURHOODS.map((name) => ({ centre_id: DEMO_CENTRE_ID, name, qpv: 1 })))
      .execute();
  });

  const agents = [];
  for (const displayName of ['Samira (démo)', 'Karim (démo)']) {
    const pin = randomPin();
    const id = await createAgent(db, { centreId: DEMO_CENTRE_ID, displayName, pin }, now);
    agents.push({ id, displayName, pin });
  }
  const coordinator = { login: 'coordination@arbrisseau.demo', password: generatePassword() };
  await createUser(
    db,
    {
      ...coordinator,
      name: 'Coordination Arbrisseau (démo)',
      role: 'coordinator',
      centreIds: [DEMO_CENTRE_ID],
    },
    now,
  );

  const territoryCoordinator = { login: 'territoire@croissant-sud.demo', password: generatePassword() };
  await createUser(
    db,
    {
      ...territoryCoordinator,
      name: 'Coordination Croissant sud (démo)',
      role: 'territory_coordinator',
      territoryId: 'croissant-sud',
    },
    now,
  );
  const admin = { login: 'admin@borne.demo', password: generatePassword() };
  await createUser(db, { ...admin, name: 'Administration (démo)', role: 'admin' }, now);

  const centre = { id: DEMO_CENTRE_ID, name: source.centres[0]!.name, territoryId: 'croissant-sud' };
  const result = { centre, agents, coordinator, territoryCoordinator, admin };
  writeFileSync(credentialsFile(dataDir), JSON.stringify(result, null, 2), { mode: 0o600 });
  return { ...result, created: true };
}

function demoActivities(now: Date): Activity[] {
  const day = (offset: number, hour: number) => {
    const d = new Date(now);
    d.setUTCDate(d.getUTCDate() + offset);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  return [
    {
      title: 'Atelier « Premiers pas sur la tablette »',
      purpose: 'Ne plus avoir peur de la tablette : l’allumer, toucher, écrire, appeler.',
      offset: 2,
      hour: 13,
      place: 'Salle informatique',
      seats: 8,
    },
    {
      title: 'Café des démarches (CAF, ameli, impôts)',
      purpose: 'Faire ses démarches en ligne en étant aidé, et savoir les refaire seul.',
      offset: 3,
      hour: 8,
      place: 'Accueil du centre',
      seats: 12,
    },
    {
      title: 'Atelier e-mail : créer et utiliser sa boîte',
      purpose:
        'Avoir une adresse e-mail à soi pour recevoir les messages de la CAF, de l’école ou d’un employeur.',
      offset: 7,
      hour: 13,
      place: 'Salle informatique',
      seats: 8,
    },
    {
      title: 'Permanence France Travail avec une conseillère',
      offset: 9,
      hour: 8,
      place: 'Bureau 2',
      seats: 6,
    },
    {
      title: 'Sortie familles : médiathèque',
      offset: 12,
      hour: 12,
      place: 'Départ devant le centre',
      seats: 20,
    },
  ].map((a) => ({
    id: newId(),
    centreId: DEMO_CENTRE_ID,
    title: a.title,
    startsAt: day(a.offset, a.hour),
    place: a.place,
    seats: a.seats,
    ...(a.purpose ? { purpose: a.purpose } : {}),
  }));
}
