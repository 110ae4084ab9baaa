// The real server (CLI `serve`) killed with SIGKILL while a big batch is in flight, then restarted
// on the same data: the batch is there entirely or not at all, and the retry stores it exactly once —
// killed at moments measured against an uncut push, and killed for sure inside the transaction, held
// open by a test-only failpoint after its first inserts.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PushResponse } from '../../../src/shared/protocol';
import { connect, type Database_ } from '../../db/connect';
import { createTestDatabase } from '../../test-support/databases';
import { contactRecord, encounter, type MutationInput, type Tablet, upserts } from '../../test-support/sync';

const BATCH = 500;
/**
 * When to kill, as a fraction of the time an uncut push of the same size takes (measured first):
 * at once, about half-way through the transaction, and near its end.
 */
const KILL_AT = [0, 0.5, 0.9];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  banner: { enrolCode: { code: string }; demo: { agents: { id: string }[] } };
}

/** Starts `serve`; `onStderr` sees each line it writes on stderr (they are passed on too). */
async function startServe(env: NodeJS.ProcessEnv, onStderr?: (line: string) => void): Promise<Running> {
  const port = await freePort();
  // node --import tsx: one process, so SIGKILL hits the server itself and not a wrapper.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli/main.ts', 'serve', '--demo', '--json'],
    {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', onStderr ? 'pipe' : 'inherit'],
    },
  );
  if (onStderr)
    createInterface({ input: child.stderr! }).on('line', (line) => {
      process.stderr.write(`${line}\n`);
      onStderr(line);
    });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve did not start in 60 s')), 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, banner: JSON.parse(first) };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Sends the batch and kills the server `delay` ms after the last byte left (without `delay`, the
 * caller kills it); the answer's status, if one came.
 */
function pushThenKill(running: Running, tablet: Tablet, mutations: MutationInput[], delay?: number) {
  return new Promise<number | undefined>((resolve) => {
    const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations });
    const req = request(new URL('/api/v1/sync/push', running.url), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tablet.deviceToken}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    let status: number | undefined;
    req.on('response', (res) => {
      status = res.statusCode;
      res.resume();
    });
    req.on('error', () => {});
    req.on('close', () => resolve(status));
    req.end(body, () => {
      if (delay !== undefined) setTimeout(() => void killHard(running.child), delay);
    });
  });
}

async function post(url: string, path: string, body: unknown, token?: string) {
  return fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

const KINDS = (await import('../../test-support/databases')).DB_KINDS;

describe.each(KINDS)('server killed with SIGKILL in the middle of a batch, on %s', (kind) => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  let running: Running | undefined;
  let database: Database_;

  beforeAll(async () => {
    target = await createTestDatabase(kind);
    const dist = join(target.dataDir, 'dist');
    mkdirSync(dist, { recursive: true });
    env = {
      ...process.env,
      BORNE_DATA_DIR: target.dataDir,
      BORNE_DIST_DIR: dist,
      DATABASE_URL: target.databaseUrl ?? '',
      BORNE_SECRET: '',
    };
  });
  afterAll(async () => {
    if (running) await killHard(running.child);
    await database?.close();
    await target.drop();
  });

  it('keeps all of the batch or none of it, and the retry stores it exactly once', {
    timeout: 240_000,
  }, async () => {
    running = await startServe(env);
    const enrol = await post(running.url, '/api/v1/devices/enrol', {
      code: running.banner.enrolCode.code,
      deviceName: 'Marché',
    });
    expect(enrol.status).toBe(200);
    const tablet = (await enrol.json()) as Tablet;
    const agentId = running.banner.demo.agents[0]!.id;
    database = connect({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    const db = database.db;
    const outcomes: string[] = [];
    let lastSeq = 0;

    const makeBatch = async () => {
      const records = await Promise.all(
        Array.from({ length: BATCH }, async () =>
          contactRecord(
            tablet,
            agentId,
            await seal(
              { firstName: 'Awa', phone: '0612345678', language: 'fr', preferredChannel: 'sms' },
              tablet.centre.publicKey,
            ),
          ),
        ),
      );
      return { batch: upserts(records, lastSeq + 1, 'contact'), ids: records.map((r) => r.id as string) };
    };

    // An uncut push first, to know how long the server takes over such a batch.
    const calibration = await makeBatch();
    const started = performance.now();
    const first = await post(
      running.url,
      '/api/v1/sync/push',
      { protocol: 1, deviceId: tablet.deviceId, mutations: calibration.batch },
      tablet.deviceToken,
    );
    const pushMs = performance.now() - started;
    expect(first.status).toBe(200);
    lastSeq += BATCH;

    for (const fraction of KILL_AT) {
      const delay = Math.round(pushMs * fraction);
      const { batch, ids } = await makeBatch();
      const answered = await pushThenKill(running, tablet, batch, delay);

      running = await startServe(env);
      const stored = await db.selectFrom('records').select('id').where('id', 'in', ids).execute();
      const device = await db
        .selectFrom('devices')
        .select('last_seq')
        .where('id', '=', tablet.deviceId)
        .executeTakeFirstOrThrow();
      // All or nothing, and lastSeq moved with the records, never without them.
      expect([0, BATCH]).toContain(stored.length);
      expect(device.last_seq).toBe(lastSeq + stored.length);
      if (stored.length === 0) {
        const lookups = await db
          .selectFrom('contact_lookup')
          .select('hash')
          .where('contact_id', 'in', ids)
          .execute();
        expect(lookups).toHaveLength(0);
      }
      outcomes.push(`${delay} ms: ${stored.length === 0 ? 'none' : 'all'} (answer ${answered ?? 'lost'})`);

      const retry = await post(
        running.url,
        '/api/v1/sync/push',
        { protocol: 1, deviceId: tablet.deviceId, mutations: batch },
        tablet.deviceToken,
      );
      expect(retry.status).toBe(200);
      const body = (await retry.json()) as PushResponse;
      const expectedStatus = stored.length === 0 ? 'applied' : 'duplicate';
      expect(body.results.every((r) => r.status === expectedStatus)).toBe(true);
      lastSeq += BATCH;
      expect(body.lastSeq).toBe(lastSeq);
      const after = await db.selectFrom('records').select('id').where('id', 'in', ids).execute();
      expect(after).toHaveLength(BATCH);
    }
    const total = await db
      .selectFrom('records')
      .select('id')
      .where('device_id', '=', tablet.deviceId)
      .execute();
    expect(total).toHaveLength(BATCH * (KILL_AT.length + 1));
    // At least one kill really cut a push before its answer (otherwise nothing was tested).
    expect(outcomes.some((o) => o.includes('answer lost'))).toBe(true);
    console.info(
      `[server killed on ${kind}] uncut push ${Math.round(pushMs)} ms; killed after ${outcomes.join('; ')}`,
    );
  });

  it('killed inside its push transaction, after the first inserts: nothing of the batch, the same lastSeq', {
    timeout: 180_000,
  }, async () => {
    if (running) await killHard(running.child);
    // The failpoint (server/sync/failpoint.ts) holds the push open right after its first inserts
    // (the first 200 records of the batch): the server is killed there, inside the transaction.
    let reached: () => void = () => {};
    const atFailpoint = new Promise<void>((resolve) => {
      reached = resolve;
    });
    running = await startServe({ ...env, BORNE_TEST_FAILPOINT: 'push-hold' }, (line) => {
      if (line.includes('[failpoint] push-hold')) reached();
    });
    const enrol = await post(running.url, '/api/v1/devices/enrol', {
      code: running.banner.enrolCode.code,
      deviceName: 'Halle',
    });
    expect(enrol.status).toBe(200);
    const tablet = (await enrol.json()) as Tablet;
    const agentId = running.banner.demo.agents[0]!.id;
    database ??= connect({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    const db = database.db;
    const lastSeqOf = async () =>
      (
        await db
          .selectFrom('devices')
          .select('last_seq')
          .where('id', '=', tablet.deviceId)
          .executeTakeFirstOrThrow()
      ).last_seq;
    const records = Array.from({ length: BATCH }, () => encounter(tablet, agentId));
    const ids = records.map((r) => r.id as string);
    const batch = upserts(records, 1);
    const stored = async () =>
      (await db.selectFrom('records').select('id').where('id', 'in', ids).execute()).length;

    const answer = pushThenKill(running, tablet, batch);
    await atFailpoint;
    // Held inside the transaction: its first inserts are made, and none is visible from outside.
    expect(await stored()).toBe(0);
    expect(await lastSeqOf()).toBe(0);
    await killHard(running.child);
    expect(await answer).toBeUndefined(); // the tablet never got an answer

    running = await startServe(env);
    expect(await stored()).toBe(0);
    expect(await lastSeqOf()).toBe(0);
    const retry = await post(
      running.url,
      '/api/v1/sync/push',
      { protocol: 1, deviceId: tablet.deviceId, mutations: batch },
      tablet.deviceToken,
    );
    expect(retry.status).toBe(200);
    const body = (await retry.json()) as PushResponse;
    expect(body.lastSeq).toBe(BATCH);
    expect(body.results.every((r) => r.status === 'applied')).toBe(true);
    expect(await stored()).toBe(BATCH);
  });
});
