// A fake centre server for unit tests of the sync engine: it follows server/tablet-api/sync/README.md
// (statuses, lastSeq rule, pages and cursors, reset) in memory, and can misbehave on demand:
// no network, a lost answer after the commit, a revoked tablet, an old protocol. With `epoch` set it
// follows the restore rules too (src/shared/protocol.ts « Restore »): every answer carries it, a push
// under another epoch applies nothing, and `restore()` puts back what a backup held.
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_MUTATIONS,
  type PullChange,
  type PushRequest,
  type PushResult,
} from '../../shared/protocol';
import type { FetchLike } from '../http';

export const TOKEN = 'token-1';
export const DEVICE_ID = 'device-1';

type Failure = 'network' | 'lost-answer' | 'server-error';

export class FakeServer {
  lastSeq = 0;
  /** Each record id with how many times it was stored (exactly once is the rule). */
  readonly stored = new Map<string, { entity: string; record: Record<string, unknown>; writes: number }>();
  readonly pushBodies: Pick<PushRequest, 'mutations' | 'epoch' | 'resync'>[] = [];
  readonly pullCursors: (string | null)[] = [];
  private changes: PullChange[] = [];
  private version = 0;
  /** Cursors below this version are too old (tombstones gone): the answer is `reset`. */
  horizon = 0;
  revoked = false;
  minProtocol = 1;
  down = false;
  /** The published content bundle (GET /api/v1/content, no auth). */
  content: unknown;
  contentRequests = 0;
  /** Record ids the server rejects, with the reason. */
  readonly rejectIds = new Map<string, string>();
  private failures: { path: string; failure: Failure }[] = [];
  /** The database's restore epoch; undefined plays a server older than restores. */
  epoch: string | undefined;
  private resynced = new Set<string>();

  /** What a backup holds now: give it back to restore(). */
  backup() {
    return { lastSeq: this.lastSeq, stored: structuredClone([...this.stored]) };
  }

  /** The database restored from `backup`: a new epoch, the changes after the backup lost. */
  restore(backup: ReturnType<FakeServer['backup']>, epoch: string): void {
    this.lastSeq = backup.lastSeq;
    this.stored.clear();
    for (const [id, row] of backup.stored) this.stored.set(id, row);
    this.epoch = epoch;
  }

  /** The next request to `path` (e.g. '/api/v1/sync/push') fails this way. */
  failNext(path: string, failure: Failure): void {
    this.failures.push({ path, failure });
  }

  publish(entity: PullChange['entity'], id: string, record: unknown): void {
    this.changes = this.changes.filter((c) => !(c.entity === entity && c.id === id));
    this.changes.push({ entity, id, version: ++this.version, record });
  }

  remove(entity: PullChange['entity'], id: string): void {
    this.changes = this.changes.filter((c) => !(c.entity === entity && c.id === id));
    this.changes.push({ entity, id, version: ++this.version, deleted: true });
  }

  readonly fetch: FetchLike = async (input, init = {}) => {
    const url = new URL(input, 'http://tablet.test');
    if (this.down) throw new TypeError('Failed to fetch');
    const failure = this.failures.find((f) => f.path === url.pathname);
    if (failure) this.failures.splice(this.failures.indexOf(failure), 1);
    if (failure?.failure === 'network') throw new TypeError('Failed to fetch');
    if (failure?.failure === 'server-error') return json(500, error('internal', 'Erreur interne.'));
    if (url.pathname === '/api/v1/health') return json(200, { status: 'ok' });
    if (url.pathname === '/api/v1/content') {
      this.contentRequests++;
      return json(200, this.content);
    }
    const auth = new Headers(init.headers).get('Authorization');
    if (auth !== `Bearer ${TOKEN}`) return json(401, error('unauthorized', 'Jeton inconnu.'));
    if (this.revoked)
      return json(
        403,
        error('device_revoked', 'Cette tablette a été retirée. Contactez votre coordinateur.'),
      );
    if (url.pathname === '/api/v1/sync/pull') return json(200, { ...this.pull(url), ...this.epochTag() });
    if (url.pathname === '/api/v1/sync/push') {
      const res = this.push(String(init.body));
      if (failure?.failure === 'lost-answer') throw new TypeError('connection reset');
      return res;
    }
    return json(404, error('not_found', 'Inconnu.'));
  };

  /**
   * Cursors are "version.horizon": the horizon when the reading from zero began, so the pages of a
   * fresh full read are not themselves sent back to zero (their versions may be below the horizon).
   */
  private pull(url: URL) {
    const cursor = url.searchParams.get('cursor');
    this.pullCursors.push(cursor);
    const limit = Number(url.searchParams.get('limit') ?? 200);
    const [from, since] = cursor ? cursor.split('.').map(Number) : [0, this.horizon];
    if (cursor && this.horizon > Math.max(from!, since!))
      return { changes: [], cursor: '', hasMore: false, reset: true };
    const after = this.changes.filter((c) => c.version > from!).sort((a, b) => a.version - b.version);
    const page = after.slice(0, limit);
    const last = page.at(-1)?.version ?? from;
    return { changes: page, cursor: `${last}.${since}`, hasMore: after.length > limit };
  }

  private push(raw: string): Response {
    if (new TextEncoder().encode(raw).length > MAX_BATCH_BYTES)
      return json(413, error('too_large', 'Trop grand.'));
    const body = JSON.parse(raw) as PushRequest;
    if (body.protocol < this.minProtocol) return json(426, error('protocol_too_old', 'Mettez à jour.'));
    if (body.deviceId !== DEVICE_ID) return json(403, error('forbidden', 'Autre tablette.'));
    if (body.mutations.length > MAX_BATCH_MUTATIONS)
      return json(413, error('too_large', 'Trop de mutations.'));
    if (body.epoch !== undefined && this.epoch !== undefined && body.epoch !== this.epoch) {
      this.pushBodies.push(body);
      return json(200, { lastSeq: this.lastSeq, results: [], epoch: this.epoch }); // nothing applied
    }
    // The first push of mutations carrying the resync: the seqs lost with the restore are skipped.
    const first = body.mutations[0];
    const resync = body.resync;
    if (resync && resync.epoch === this.epoch && first && !this.resynced.has(resync.epoch)) {
      this.resynced.add(resync.epoch);
      this.lastSeq = Math.max(this.lastSeq, first.seq - 1);
    }
    const fresh = body.mutations.filter((m) => m.seq > this.lastSeq);
    if (fresh.some((m, i) => m.seq !== this.lastSeq + 1 + i))
      return json(409, error('sequence_gap', 'Trou dans la suite.'));
    this.pushBodies.push(body);
    const results: PushResult[] = body.mutations.map((m) => {
      if (m.seq <= this.lastSeq) return { seq: m.seq, status: 'duplicate' };
      const id = String(m.record.id);
      const reason = this.rejectIds.get(id);
      if (reason) return { seq: m.seq, status: 'rejected', error: reason };
      const prev = this.stored.get(id);
      this.stored.set(id, { entity: m.entity, record: m.record, writes: (prev?.writes ?? 0) + 1 });
      return { seq: m.seq, status: 'applied' };
    });
    this.lastSeq = Math.max(this.lastSeq, ...body.mutations.map((m) => m.seq));
    return json(200, { lastSeq: this.lastSeq, results, ...this.epochTag() });
  }

  private epochTag() {
    return this.epoch === undefined ? {} : { epoch: this.epoch };
  }
}

function error(code: string, message: string) {
  return { error: { code, message } };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
