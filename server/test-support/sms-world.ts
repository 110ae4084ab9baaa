// The SMS tests' records, in the SMS centre of the test world (world.ts): sealed contacts with
// phones (and their lookup hashes, as a push stores them), an activity tomorrow with sign-ups,
// encounters about a procedure a month ago.
import { seal } from '../../src/crypto/seal';
import type { Contact, ContactPersonal } from '../../src/shared/records';
import { newId } from '../services/ids';
import { contactLookupHashes } from '../sync/contact-lookup';
import type { TestServer } from './databases';
import { AGENT, contact, DEVICE, encounter, insertRecord } from './records';
import { SMS_CENTRE } from './world';

// The SMS centre is part of the one test world (world.ts); its records are made here.
export { SMS_CENTRE as CENTRE, seedSmsCentre } from './world';

const CENTRE = SMS_CENTRE; // short, as the SMS suites name it

export async function addContact(
  server: TestServer,
  personal: ContactPersonal,
  consentPurposes: Contact['consentPurposes'],
  createdAt = '2026-11-01T09:00:00.000Z',
): Promise<string> {
  const row = await server.deps.database.db
    .selectFrom('centres')
    .select('public_key')
    .where('id', '=', CENTRE)
    .executeTakeFirstOrThrow();
  const sealed = await seal(personal, JSON.parse(row.public_key));
  const c = contact({ centreId: CENTRE, createdAt, consentPurposes, sealed });
  await insertRecord(server, 'contact', c);
  for (const hash of contactLookupHashes(server.deps.secrets, personal))
    await server.deps.database.db.insertInto('contact_lookup').values({ hash, contact_id: c.id }).execute();
  return c.id;
}

export async function addActivity(
  server: TestServer,
  startsAt: string,
  title = 'Atelier tablette',
): Promise<string> {
  const id = newId();
  await server.deps.database.db
    .insertInto('activities')
    .values({
      id,
      centre_id: CENTRE,
      data: JSON.stringify({ id, centreId: CENTRE, title, startsAt, place: 'Salle 2' }),
      version: 1,
      deleted_at: null,
    })
    .execute();
  return id;
}

export async function addSignup(server: TestServer, activityId: string, contactId: string): Promise<void> {
  const at = '2026-11-20T10:00:00.000Z';
  await insertRecord(server, 'signup', {
    id: newId(),
    centreId: CENTRE,
    deviceId: DEVICE,
    agentId: AGENT,
    createdAt: at,
    rev: 1,
    activityId,
    contactId,
    at,
  } as never);
}

export async function addProcedureEncounter(
  server: TestServer,
  contactId: string,
  createdAt: string,
): Promise<string> {
  return insertRecord(
    server,
    'encounter',
    encounter({
      centreId: CENTRE,
      createdAt,
      contactId,
      themes: ['aide_aux_demarches_administratives'],
      institutions: ['caf'],
      subThemes: ['social_sante'],
      actions: [{ kind: 'guide_montre', guideIds: ['caf-attestation-paiement'] }],
    }),
  );
}

/** A permanence planned on the dashboard (weekly from `date`, unless `once`). */
export async function addPermanence(
  server: TestServer,
  p: { neighbourhood: string; placeLabel: string; date: string; repeat?: 'weekly' | 'once' },
): Promise<string> {
  const id = newId();
  const item = {
    id,
    centreId: CENTRE,
    placeKind: 'marche',
    placeLabel: p.placeLabel,
    neighbourhood: p.neighbourhood,
    qpv: true,
    repeat: p.repeat ?? 'weekly',
    date: p.date,
    startTime: '09:30',
    endTime: '12:00',
    agentIds: [],
  };
  await server.deps.database.db
    .insertInto('permanences')
    .values({ id, centre_id: CENTRE, data: JSON.stringify(item), version: 1, deleted_at: null })
    .execute();
  return id;
}
