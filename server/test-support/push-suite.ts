// The setup the push suites of server/tablet-api/sync share: one server per database kind with the
// test world, a tablet of centre A enrolled anew before each test (so every test starts at seq 1),
// and the few ways they look at a push — its answer (200, and what the tablet's own schema
// accepts), a stored record, what the server holds for a tablet. Registers the vitest hooks of the
// describe it is called in; its fields are read inside the tests, once the hooks have run.
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type PushResponse, PushResponseSchema } from '../../src/shared/protocol';
import type { Encounter } from '../../src/shared/records';
import type { DbKind } from '../db/connect';
import { createTestServer, type TestServer } from './databases';
import { deviceSnapshot } from './push-faults';
import {
  encounter,
  enrolTablet,
  type MutationInput,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from './sync';

export interface PushSuite {
  readonly server: TestServer;
  readonly world: World;
  /** Centre A's tablet of the running test. */
  readonly tablet: Tablet;
  fetcher: (path: string, init?: RequestInit) => Response | Promise<Response>;
  db: () => TestServer['deps']['database']['db'];
  /** Pushes, expects 200 and an answer the tablet's schema (src/sync/push.ts) parses. */
  push: (mutations: MutationInput[], t?: Tablet) => Promise<PushResponse>;
  /** A valid encounter of the running test's tablet by agent A (`overrides` on top). */
  encounter: (overrides?: Partial<Encounter>) => Encounter;
  /** The stored row of record `id`, if any. */
  stored: (id: string) => ReturnType<typeof storedRow>;
  /** The records, quarantined mutations and lastSeq the server holds for `t` (default: the tablet). */
  snapshot: (t?: Tablet) => ReturnType<typeof deviceSnapshot>;
}

function storedRow(server: TestServer, id: string) {
  return server.deps.database.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirst();
}

export function pushSuite(kind: DbKind): PushSuite {
  let server: TestServer | undefined;
  let world: World | undefined;
  let tablet: Tablet | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`pushSuite: ${what} is set by the suite's hooks, read it in a test`);
    return value;
  };
  const suite: PushSuite = {
    get server() {
      return ready(server, 'server');
    },
    get world() {
      return ready(world, 'world');
    },
    get tablet() {
      return ready(tablet, 'tablet');
    },
    fetcher: (path, init) => suite.server.app.request(path, init),
    db: () => suite.server.deps.database.db,
    push: async (mutations, t = suite.tablet) => {
      const res = await pushRequest(suite.fetcher, t, mutations);
      expect(res.status).toBe(200);
      return v.parse(PushResponseSchema, await res.json());
    },
    encounter: (overrides) => encounter(suite.tablet, suite.world.agentA, overrides),
    stored: (id) => storedRow(suite.server, id),
    snapshot: (t = suite.tablet) => deviceSnapshot(suite.server, t),
  };
  beforeAll(async () => {
    server = await createTestServer(kind); // server clock: 2026-11-02T10:00Z
    world = await seedWorld(server.deps);
  });
  beforeEach(async () => {
    tablet = await enrolTablet(suite.server.deps, suite.fetcher, suite.world.centreA);
  });
  afterAll(() => server?.close());
  return suite;
}
