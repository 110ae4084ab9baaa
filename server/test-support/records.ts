// Builds valid records (src/shared/records.ts schemas) and inserts them straight into `records`,
// as a push would have stored them, so tests know exactly what the figures must count.
import * as v from 'valibot';
import {
  type Contact,
  type Encounter,
  type Outing,
  RECORD_SCHEMAS,
  type RecordEntity,
} from '../../src/shared/records';
import { writeFacts } from '../facts/write';
import { newId } from '../services/ids';
import type { TestServer } from './databases';

export const DEVICE = 'device-1';
export const AGENT = 'agent-1';

type Base = { id?: string; centreId: string; agentId?: string; createdAt: string; rev?: number };

function base(b: Base) {
  return {
    id: b.id ?? newId(),
    centreId: b.centreId,
    deviceId: DEVICE,
    agentId: b.agentId ?? AGENT,
    createdAt: b.createdAt,
    rev: b.rev ?? 1,
  };
}

export function outing(b: Base & Partial<Omit<Outing, keyof Base>>): Outing {
  const { id: _i, centreId: _c, agentId: _a, createdAt, rev: _r, ...rest } = b;
  return {
    ...base(b),
    placeKind: 'marche',
    placeLabel: 'Marché de Wazemmes',
    neighbourhood: 'Wazemmes',
    qpv: true,
    startedAt: createdAt,
    ...rest,
  };
}

export function encounter(b: Base & Partial<Omit<Encounter, keyof Base>>): Encounter {
  const { id: _i, centreId: _c, agentId: _a, createdAt: _t, rev: _r, ...rest } = b;
  return { ...base(b), type: 'individuel', themes: [], actions: [], ...rest };
}

export function contact(b: Base & Partial<Omit<Contact, keyof Base>>): Contact {
  const { id: _i, centreId: _c, agentId: _a, createdAt, rev: _r, ...rest } = b;
  return {
    ...base(b),
    consentPurposes: ['rappel'],
    consentTextVersion: '2026-11',
    consentAt: createdAt,
    retentionUntil: new Date(new Date(createdAt).getTime() + 90 * 86_400_000).toISOString(),
    ...rest,
  };
}

type StoredShape = {
  id: string;
  centreId: string;
  deviceId: string;
  agentId: string;
  createdAt: string;
  rev: number;
};

/** Inserts a record as stored after a push; the record must pass its schema (tests stay honest). */
export async function insertRecord(
  server: TestServer,
  entity: RecordEntity,
  record: StoredShape,
  opts: { receivedAt?: string; deleted?: boolean } = {},
): Promise<string> {
  await insertRecords(server, entity, [record], opts);
  return record.id;
}

/** Many records of one kind at once, as one push stores them (one transaction, 200 rows a statement). */
export async function insertRecords(
  server: TestServer,
  entity: RecordEntity,
  records: StoredShape[],
  opts: { receivedAt?: string; deleted?: boolean } = {},
): Promise<void> {
  const rows = records.map((record) => {
    const checked = v.safeParse(RECORD_SCHEMAS[entity], record);
    if (!checked.success)
      throw new Error(
        `test record invalid: ${JSON.stringify(checked.issues[0]?.path)} ${checked.issues[0]?.message}`,
      );
    const retention = (record as { retentionUntil?: string }).retentionUntil ?? null;
    return {
      id: record.id,
      entity,
      centre_id: record.centreId,
      device_id: record.deviceId,
      agent_id: record.agentId,
      rev: record.rev,
      created_at: record.createdAt,
      received_at: opts.receivedAt ?? record.createdAt,
      deleted: opts.deleted ? 1 : 0,
      data: JSON.stringify(record),
      retention_until: entity === 'contact' ? retention : null,
    };
  });
  // As a push stores it: the records and their figures' side tables (server/facts/), together.
  await server.deps.database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      const part = rows.slice(i, i + 200);
      await trx.insertInto('records').values(part).execute();
      await writeFacts(
        trx,
        part.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> })),
        { fresh: true },
      );
    }
  });
}
