// The tablet's one Dexie database. Versions are appended in order and never edited once
// released; each new version says what it changes and why.
import Dexie, { type Table } from 'dexie';
import type { Permanence } from '../shared/permanences';
import type {
  Attendance,
  Contact,
  Encounter,
  KioskEvent,
  Outing,
  Signup,
  SkillsCheck,
  SurveyResponse,
} from '../shared/records';
import type {
  Draft,
  LocalActivity,
  LocalAgent,
  LocalPartner,
  OutboxEntry,
  StoredContentBundle,
  SyncStateRow,
  Tombstone,
} from './types';

export const DB_NAME = 'borne-mobile';

/** Version 1 stores, kept verbatim: the migration test opens a version-1 database with them. */
export const SCHEMA_V1 = {
  outings: 'id, startedAt, agentId',
  encounters: 'id, createdAt, outingId, agentId',
  contacts: 'id, createdAt',
  signups: 'id, at, activityId',
  kioskEvents: 'id, at',
  surveyResponses: 'id, createdAt',
  outbox: '++seq, recordId, entity',
  partners: 'id, territoryId, name',
  activities: 'id, startsAt',
  agents: 'id, centreId',
  syncState: 'key',
  contentBundles: 'version',
};

export class BorneDatabase extends Dexie {
  outings!: Table<Outing, string>;
  encounters!: Table<Encounter, string>;
  contacts!: Table<Contact, string>;
  signups!: Table<Signup, string>;
  kioskEvents!: Table<KioskEvent, string>;
  surveyResponses!: Table<SurveyResponse, string>;
  outbox!: Table<OutboxEntry, number>;
  partners!: Table<LocalPartner, string>;
  activities!: Table<LocalActivity, string>;
  agents!: Table<LocalAgent, string>;
  syncState!: Table<SyncStateRow, string>;
  contentBundles!: Table<StoredContentBundle, number>;
  drafts!: Table<Draft, string>;
  skillsChecks!: Table<SkillsCheck, string>;
  attendances!: Table<Attendance, string>;
  permanences!: Table<Permanence, string>;
  tombstones!: Table<Tombstone, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a write reported done is on disk, not in an OS buffer (outbox rule).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    // v2: drafts of forms (saved while typing), and today's tally reads encounters by day.
    // Existing encounters of v1 are kept; the new compound index is built by IndexedDB.
    this.version(2)
      .stores({
        drafts: 'key, updatedAt',
        encounters: 'id, createdAt, outingId, agentId, [agentId+createdAt]',
      })
      .upgrade(async (tx) => {
        // v1 wrote no `rev` on some test records; every record needs one from now on.
        await tx
          .table('encounters')
          .toCollection()
          .modify((e: { rev?: number }) => {
            if (typeof e.rev !== 'number') e.rev = 1;
          });
      });
    // v3 (issue 17): skills checks (read back by card, this tablet's only) and workshop attendance.
    this.version(3).stores({
      skillsChecks: 'id, createdAt, passId',
      attendances: 'id, activityId, at',
    });
    // v4: planned permanences pulled from the server (issue 11), for « Aujourd'hui » and the kiosk.
    this.version(4).stores({ permanences: 'id, centreId' });
    // v5 (issue 15): what this tablet deleted, kept after the acknowledgement, sent again after a
    // restore of the server so a deletion made after its backup is not undone (src/sync/restore.ts).
    this.version(5).stores({ tombstones: 'recordId, deletedAt' });
  }
}

let instance: BorneDatabase | undefined;

/** The page's (or worker's) database singleton. */
export function getDb(): BorneDatabase {
  instance ??= new BorneDatabase();
  return instance;
}

/** Deletes everything on the tablet's database (revoked tablet, or wipe command). */
export async function deleteLocalDatabase(): Promise<void> {
  instance?.close();
  instance = undefined;
  await Dexie.delete(DB_NAME);
}
