// The server tests' one world: the territories, centres, coordinators and agents every test starts
// from, made through the services as in production. Each suite takes the part it needs: the
// dashboard's (three centres and a user per role), the sync's (two centres with an agent each), the
// SMS's (one centre). Tablets and pushes are in sync.ts, records in records.ts, the signed-in
// dashboard client in dashboard.ts; those files re-export the part of the world they were known for.
import type { Deps } from '../app-env';
import { createAgent } from '../services/agents';
import { createCentre, ensureTerritory } from '../services/centres';
import { createUser } from '../services/users';
import type { TestServer } from './databases';

/** The password of every test user. */
export const PASSWORD = 'mot-de-passe-de-test';

interface CentreInput {
  id: string;
  territoryId: string;
  territoryName: string;
  name: string;
  commune: string;
}

/** A centre and its territory (made if missing): the one way a test world gets a centre. */
async function addCentre(deps: Deps, c: CentreInput, now: Date): Promise<string> {
  await ensureTerritory(deps.database.db, c.territoryId, c.territoryName);
  await createCentre(
    deps.database.db,
    deps.secrets,
    { id: c.id, territoryId: c.territoryId, name: c.name, commune: c.commune },
    now,
  );
  return c.id;
}

export interface Fixture {
  centreA: string;
  centreB: string;
  centreC: string;
  users: { coordA: string; coordB: string; territoryA: string; admin: string };
}

/** The dashboard's world. Centres A and C in territory "sud", B in "nord"; a coordinator of A, one
 * of B, the territory coordinator of "sud" (A and C) and an admin. */
export async function seedCentres(server: TestServer): Promise<Fixture> {
  const { deps } = server;
  const { now } = deps;
  const db = deps.database.db;
  const sud = { territoryId: 'sud', territoryName: 'Croissant sud' };
  const nord = { territoryId: 'nord', territoryName: 'Versant nord-est' };
  await addCentre(deps, { id: 'centre-a', ...sud, name: 'Centre A', commune: 'Lille' }, now());
  await addCentre(deps, { id: 'centre-b', ...nord, name: 'Centre B', commune: 'Roubaix' }, now());
  await addCentre(deps, { id: 'centre-c', ...sud, name: 'Centre C', commune: 'Lille' }, now());
  const coordinator = (login: string, name: string, centreId: string) =>
    createUser(db, { login, name, password: PASSWORD, role: 'coordinator', centreIds: [centreId] }, now());
  const users = {
    coordA: await coordinator('coord-a', 'Coordination A', 'centre-a'),
    coordB: await coordinator('coord-b', 'Coordination B', 'centre-b'),
    territoryA: await createUser(
      db,
      {
        login: 'terr-sud',
        name: 'Territoire sud',
        password: PASSWORD,
        role: 'territory_coordinator',
        territoryId: 'sud',
      },
      now(),
    ),
    admin: await createUser(db, { login: 'admin', name: 'Admin', password: PASSWORD, role: 'admin' }, now()),
  };
  return { centreA: 'centre-a', centreB: 'centre-b', centreC: 'centre-c', users };
}

export interface World {
  centreA: string;
  centreB: string;
  agentA: string;
  agentB: string;
}

/** The sync's world: centre A (Croissant sud) with the agent Amina, centre B (Versant nord-est)
 * with Bruno; tablets are enrolled by the tests (sync.ts). */
export async function seedWorld(deps: Deps): Promise<World> {
  const { db } = deps.database;
  const now = deps.now();
  const sud = { territoryId: 'croissant-sud', territoryName: 'Croissant sud' };
  const nord = { territoryId: 'versant-nord-est', territoryName: 'Versant nord-est' };
  await addCentre(deps, { id: 'centre-a', ...sud, name: 'Centre A', commune: 'Lille' }, now);
  await addCentre(deps, { id: 'centre-b', ...nord, name: 'Centre B', commune: 'Roubaix' }, now);
  const agentA = await createAgent(db, { centreId: 'centre-a', displayName: 'Amina', pin: '1234' }, now);
  const agentB = await createAgent(db, { centreId: 'centre-b', displayName: 'Bruno', pin: '5678' }, now);
  return { centreA: 'centre-a', centreB: 'centre-b', agentA, agentB };
}

/** The SMS tests' centre (sms-world.ts adds its contacts, activities and encounters). */
export const SMS_CENTRE = 'centre-sms';

export async function seedSmsCentre(server: TestServer): Promise<void> {
  const centre = { territoryId: 'sud', territoryName: 'Croissant sud', commune: 'Lille' };
  await addCentre(
    server.deps,
    { id: SMS_CENTRE, ...centre, name: 'Centre social Marcel Bertrand' },
    server.deps.now(),
  );
}
