// Shared by the sync tests: enrolled tablets, valid records and pushes, on the sync's part of the
// test world (seedWorld of world.ts). Everything goes through the services and the HTTP API.
import type { Server } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import type { Encounter } from '../../src/shared/records';
import type { Centre } from '../../src/shared/reference';
import type { Deps } from '../app-env';
import { serveApp } from '../http/node-server';
import { createEnrolCode } from '../services/enrol-codes';

export interface Tablet {
  deviceId: string;
  deviceToken: string;
  centre: Centre;
}

type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>;

// The sync's part of the test world, still imported from here by its suites.
export { seedWorld, type World } from './world';

export async function enrolTablet(
  deps: Deps,
  fetcher: Fetcher,
  centreId: string,
  deviceName = 'Tablette test',
): Promise<Tablet> {
  const { code } = await createEnrolCode(deps.database.db, deps.secrets, { centreId }, deps.now());
  const res = await fetcher('/api/v1/devices/enrol', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (res.status !== 200) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Tablet;
}

export function encounter(
  tablet: Tablet,
  agentId: string,
  overrides: Partial<Encounter> = {},
): Encounter & Record<string, unknown> {
  return {
    id: uuidv7(),
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId,
    createdAt: '2026-11-02T09:30:00.000Z',
    rev: 1,
    type: 'individuel',
    profile: { sex: 'feminin', ageBand: '25_39' },
    themes: ['aide_aux_demarches_administratives'],
    institutions: ['caf'],
    actions: [{ kind: 'aide_sur_place' }],
    durationMin: 15,
    ...overrides,
  };
}

export function authHeaders(tablet: Tablet): Record<string, string> {
  return { authorization: `Bearer ${tablet.deviceToken}`, 'content-type': 'application/json' };
}

export function contactRecord(
  tablet: Tablet,
  agentId: string,
  sealed: unknown,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: uuidv7(),
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId,
    createdAt: '2026-11-02T09:30:00.000Z',
    rev: 1,
    consentPurposes: ['rappel'],
    consentTextVersion: '2026-11',
    consentAt: '2026-11-02T09:30:00.000Z',
    retentionUntil: '2027-02-02T09:30:00.000Z',
    ...overrides,
  };
  if (sealed !== undefined) record.sealed = sealed;
  return record;
}

export interface MutationInput {
  seq: number;
  entity: string;
  op: 'upsert' | 'delete';
  record: Record<string, unknown>;
}

/** seq n, n+1, … for records, as upserts. */
export function upserts(
  records: Record<string, unknown>[],
  firstSeq: number,
  entity = 'encounter',
): MutationInput[] {
  return records.map((record, i) => ({ seq: firstSeq + i, entity, op: 'upsert', record }));
}

export function pushRequest(
  fetcher: Fetcher,
  tablet: Tablet,
  mutations: MutationInput[],
  extra: Record<string, unknown> = {},
): Promise<Response> {
  return Promise.resolve(
    fetcher('/api/v1/sync/push', {
      method: 'POST',
      headers: authHeaders(tablet),
      body: JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations, ...extra }),
    }),
  );
}

/** The app on a real loopback port, for tests that need real HTTP (connections, concurrency). */
export function listen(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<{
  url: string;
  close(): Promise<void>;
}> {
  return new Promise((resolve) => {
    const server = serveApp({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        // The test is done with it: kept-alive connections are closed too (they would stay
        // open up to the server's idle timeout, node-server.ts).
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as Server).closeAllConnections();
          }),
      });
    });
  });
}
