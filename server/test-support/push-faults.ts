// What the push fault tests share (push-faults.test.ts, push-refusals.test.ts): a request cut
// like a flaky network cuts it, what a tablet left on the server, and the shape of an error.
import { request } from 'node:http';
import { expect } from 'vitest';
import type { TestServer } from './databases';
import { authHeaders, type Tablet } from './sync';

interface ErrorBody {
  error: { code: string; message: string };
}

/** Sends raw bytes over HTTP and gives up on the answer as `cut` says, like a flaky network. */
export function rawPost(
  url: string,
  tablet: Tablet,
  body: string,
  cut: 'response' | 'half-body',
): Promise<void> {
  return new Promise((resolve) => {
    const target = new URL('/api/v1/sync/push', url);
    const req = request(target, {
      method: 'POST',
      headers: { ...authHeaders(tablet), 'content-length': Buffer.byteLength(body) },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.on('response', (res) => {
      // The server has committed and started answering: the answer never reaches the tablet.
      res.destroy();
      req.destroy();
    });
    if (cut === 'half-body') {
      req.write(body.slice(0, body.length / 2), () => setTimeout(() => req.destroy(), 50));
    } else req.end(body);
  });
}

/** The records, quarantined mutations and last sequence number the server holds for a tablet. */
export async function deviceSnapshot(server: TestServer, t: Tablet) {
  const db = server.deps.database.db;
  const records = await db.selectFrom('records').select('id').where('device_id', '=', t.deviceId).execute();
  const quarantine = await db
    .selectFrom('quarantine')
    .selectAll()
    .where('device_id', '=', t.deviceId)
    .execute();
  const device = await db
    .selectFrom('devices')
    .select('last_seq')
    .where('id', '=', t.deviceId)
    .executeTakeFirstOrThrow();
  return { ids: records.map((r) => r.id).sort(), quarantine, lastSeq: device.last_seq };
}

/** The error answer of DESIGN.md: its status and code, a sentence, never a stack. Gives the sentence. */
export async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/^[A-ZÀ-Ü].{10,}/);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // never a stack
  return body.error.message;
}
