// Several instances on one PostgreSQL (issue 15 point 3): two real `borne serve` processes on one
// database, and tablets whose every request goes to the other instance than the one before — the
// way a round-robin reverse proxy sends them. What one instance stored, counted or signed in, the
// other knows; nothing is stored twice, no limit is escaped by changing instance, and a content
// publication is seen whole from both. PostgreSQL only: SQLite serves one instance.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentBundle } from '../src/shared/content';
import { PullResponseSchema } from '../src/shared/protocol';
import { deleteTestDbs } from '../src/sync/test-support/local';
import type { Deps } from './app-env';
import { contentHash } from './services/content';
import { createUser } from './services/users';
import { PASSWORD } from './test-support/dashboard';
import { createTestDatabase, DB_KINDS } from './test-support/databases';
import { depsBeside, type Instance, signInOn, startInstance } from './test-support/instances';
import { enrolTablet, seedWorld, type World } from './test-support/sync';
import { alternate, SimTablet } from './test-support/tablets';

const SECRET = 'two-instances-secret';
const onPostgres = DB_KINDS.includes('postgres');
if (!onPostgres)
  console.info('[two instances] skipped: several instances need PostgreSQL, which this run does not have');

describe.runIf(onPostgres)('two server instances on one PostgreSQL', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: Instance;
  let b: Instance;
  let deps: Deps;
  let world: World;

  beforeAll(async () => {
    target = await createTestDatabase('postgres');
    const env = {
      BORNE_SECRET: SECRET,
      BORNE_AUTO_PURGE: '0',
      BORNE_SMS: '0',
      BORNE_ENROL_ATTEMPTS: '5',
      // The test is the reverse proxy in front of both.
      BORNE_TRUSTED_PROXY: '127.0.0.1',
      BORNE_LOG_FORMAT: 'json',
    };
    // Started together on an empty database: both migrate and publish the guides at once.
    [a, b] = await Promise.all([
      startInstance('a', target.databaseUrl!, env),
      startInstance('b', target.databaseUrl!, env),
    ]);
    deps = depsBeside(target.databaseUrl!, target.dataDir, SECRET);
    world = await seedWorld(deps);
    await createUser(
      deps.database.db,
      { login: 'admin', name: 'Admin', password: PASSWORD, role: 'admin' },
      deps.now(),
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await deps?.database.close();
    await deleteTestDbs();
    await target?.drop();
  }, 60_000);

  const viaBoth = () => {
    const next = alternate([a.url, b.url]);
    return (path: string, init?: RequestInit) => fetch(`${next()}${path}`, init);
  };

  it('tablets alternating request by request: every record is stored exactly once', async () => {
    const enrolFetch = viaBoth();
    const tablets = [
      new SimTablet(
        await enrolTablet(deps, enrolFetch, world.centreA, 'Tablette 1'),
        world.agentA,
        alternate([a.url, b.url]),
        3,
      ),
      new SimTablet(
        await enrolTablet(deps, enrolFetch, world.centreA, 'Tablette 2'),
        world.agentA,
        alternate([b.url, a.url]),
        4,
      ),
      new SimTablet(
        await enrolTablet(deps, enrolFetch, world.centreB, 'Tablette 3'),
        world.agentB,
        alternate([a.url, b.url]),
        5,
      ),
    ];
    // All three at once; each records more while it syncs, and some push answers are lost after
    // the commit, so the same batch reaches the other instance a second time.
    await Promise.all(
      tablets.map(async (t) => {
        await t.record(25);
        await t.pushUntilEmpty();
        await t.record(15);
        await t.pushUntilEmpty();
        await t.pull(3);
      }),
    );
    const db = deps.database.db;
    for (const t of tablets) {
      const rows = await db
        .selectFrom('records')
        .select(['id', 'rev'])
        .where('device_id', '=', t.tablet.deviceId)
        .execute();
      expect(rows.map((r) => r.id).sort()).toEqual([...t.written].sort());
      expect(rows.every((r) => r.rev === 1)).toBe(true);
      const device = await db
        .selectFrom('devices')
        .select('last_seq')
        .where('id', '=', t.tablet.deviceId)
        .executeTakeFirstOrThrow();
      expect(device.last_seq).toBe(40);
      expect(await t.db.outbox.count()).toBe(0);
      // Both instances served this tablet, and its roster came through the pull.
      expect(t.hits.get(a.url)).toBeGreaterThan(5);
      expect(t.hits.get(b.url)).toBeGreaterThan(5);
      expect((await t.db.agents.toArray()).map((x) => x.id)).toContain(t.agentId);
    }
    const total = await db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(120);
  });

  it('rate limits are shared: changing instance does not give a new count', async () => {
    const next = alternate([a.url, b.url]);
    const tryCode = (client: string) =>
      fetch(`${next()}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ code: 'ZZZZ-ZZZZ', deviceName: 'Essai' }),
      });
    // BORNE_ENROL_ATTEMPTS=5 per address: attempts 1 to 5 land on A, B, A, B, A.
    for (let i = 0; i < 5; i++) expect((await tryCode('203.0.113.7')).status).toBe(401);
    // The 6th and 7th, on B then A: both refused.
    expect((await tryCode('203.0.113.7')).status).toBe(429);
    expect((await tryCode('203.0.113.7')).status).toBe(429);
    // Another client behind the same proxy keeps its own count.
    expect((await tryCode('203.0.113.8')).status).toBe(401);
    // Going over the limit is one JSON log line, from whichever instance counted it, naming the
    // forwarded client (never the code typed) — not one line per refused attempt.
    await expect.poll(() => refusals().length, { timeout: 15_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 1000)); // and no second line comes later
    expect(refusals()).toHaveLength(1);
    for (const line of refusals())
      expect(line).toMatchObject({ level: 'warn', limit: 'enrol', client: '203.0.113.7' });
    expect([...a.logLines, ...b.logLines].join('\n')).not.toContain('ZZZZ-ZZZZ');
  });

  const refusals = () =>
    [...a.logLines, ...b.logLines]
      .filter((l) => l.startsWith('{"time"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.source === 'rate-limit');

  it('a dashboard session opened on one instance works on the other, and ends on both', async () => {
    // Signed in on A; every request below goes with A's cookie and CSRF token.
    const on = await signInOn(a.url, 'admin', PASSWORD);
    const me = await on(b.url, '/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { login: string } }).user.login).toBe('admin');
    // A write on B with the CSRF token A gave.
    const code = await on(b.url, '/devices/enrol-codes', {
      method: 'POST',
      body: JSON.stringify({ centreId: world.centreA }),
    });
    expect(code.status).toBe(201);
    expect((await on(b.url, '/logout', { method: 'POST' })).status).toBe(204);
    expect((await on(a.url, '/me')).status).toBe(401);
  });

  it('a content publication is seen whole from both instances, while tablets pull from both', async () => {
    const admin = await signInOn(a.url, 'admin', PASSWORD);
    const tablet = new SimTablet(
      await enrolTablet(deps, viaBoth(), world.centreA, 'Tablette 4'),
      world.agentA,
      alternate([b.url, a.url]),
    );
    await tablet.pull(50);
    const first = (await tablet.db.contentBundles.toArray()).map((x) => x.version);
    expect(first.length).toBeGreaterThan(0);
    let published = Math.max(...first);
    let stop = false;
    const seen: number[] = [];
    // Readers: the bundle from A and B in turn, and the tablet's real pull + content fetch.
    let failure: unknown;
    const readers = (async () => {
      const next = alternate([a.url, b.url]);
      // Until the publications are over and the last one has been read.
      while (!stop || !seen.includes(published)) {
        const res = await fetch(`${next()}/api/v1/content`);
        const text = await res.text();
        const bundle = JSON.parse(text) as { version: number; hash: string; guides: unknown[] };
        // Whole: it passes the tablet's own check, its hash is its content's, its ETag its hash.
        expect(checkContentBundle(bundle).ok).toBe(true);
        expect(contentHash(bundle as never)).toBe(bundle.hash);
        // (W/ when the answer was gzipped on the way: the same entity, compressed.)
        expect(res.headers.get('etag')?.replace(/^W\//, '')).toBe(`"${bundle.hash}"`);
        seen.push(bundle.version);
        await tablet.pull(7);
      }
    })().catch((err) => {
      failure = err;
    });
    await expect.poll(() => seen.length, { timeout: 30_000 }).toBeGreaterThan(0); // a read before the first publication
    for (let round = 1; round <= 4; round++) {
      const [draftOn, publishOn] = round % 2 ? [a.url, b.url] : [b.url, a.url];
      const guide = (await (await admin(draftOn, '/guides/caf-aide-logement')).json()) as {
        published: { title: { fr: string } };
      };
      const edited = {
        ...guide.published,
        title: { ...guide.published.title, fr: `Demander l’aide au logement (${round})` },
      };
      expect(
        (
          await admin(draftOn, '/guides/caf-aide-logement/draft', {
            method: 'PUT',
            body: JSON.stringify({ guide: edited }),
          })
        ).status,
      ).toBe(200);
      const res = await admin(publishOn, '/content/publish', { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      published = ((await res.json()) as { version: number }).version;
      // Published on one: the other serves that version at once (nothing cached per instance).
      for (const url of [a.url, b.url]) {
        const served = (await (await fetch(`${url}/api/v1/content`)).json()) as {
          version: number;
          guides: { id: string; title: { fr: string } }[];
        };
        expect(served.version).toBe(published);
        expect(served.guides.find((g) => g.id === 'caf-aide-logement')?.title.fr).toContain(`(${round})`);
      }
    }
    stop = true;
    await readers;
    if (failure) throw failure;
    // Every version read was a published one, in order, never going back.
    // …and the readers really read across publications (more than one version went by).
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    await tablet.pull(7);
    const stored = await tablet.db.contentBundles.get(published);
    expect(stored).toBeDefined();
    // The pull pointer and the bundle agree, whichever instance answered which.
    const page = v.parse(
      PullResponseSchema,
      await (
        await fetch(`${a.url}/api/v1/sync/pull?limit=500`, {
          headers: { authorization: `Bearer ${tablet.tablet.deviceToken}` },
        })
      ).json(),
    );
    expect(page.changes.find((c) => c.entity === 'content')).toMatchObject({
      record: { version: published },
    });
  });

  it('every line either instance logged is one JSON object', () => {
    const lines = [...a.logLines, ...b.logLines].filter((l) => !l.startsWith('{"url"'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(typeof parsed.time).toBe('string');
      expect(typeof parsed.message).toBe('string');
    }
  });
});
