// Push: the outbox in seq order, in batches the server accepts. After each answer, ONE transaction
// deletes the entries up to the server's lastSeq, removes the sealed payload of contacts the server
// now holds, and keeps the rejected mutations with the server's reason for the team to see.

import * as v from 'valibot';
import type { BorneDatabase } from '../db/database';
import type { OutboxEntry } from '../db/types';
import type { Heartbeat } from '../shared/heartbeat';
import { PROTOCOL_VERSION, type PushResponse, PushResponseSchema, type Resync } from '../shared/protocol';
import type { RecordEntity } from '../shared/records';
import { type BatchLimits, type PushBody, SERVER_LIMITS, takeBatch } from './batch';
import { type FetchLike, requestJson, SyncError } from './http';
import { noteAcknowledged, noteEpoch, noteReEnrolment, pushTags } from './restore';
import { MAX_REJECTED_KEPT, type RejectedMutation, type SyncProgress } from './state';

export interface PushDeps {
  db: BorneDatabase;
  fetch: FetchLike;
  token: string;
  deviceId: string;
  now: () => Date;
  limits?: BatchLimits;
  /** Writes {phase: 'push', done, total} with each acknowledgement, for the status screen. */
  trackProgress?: boolean;
  /** The outbox size the caller already counted, so it is not counted twice. */
  total?: number;
  /** Carried by the first request; with nothing to push, a request of no mutation carries it. */
  heartbeat?: Heartbeat;
}

export interface PushSummary {
  sent: number;
  acknowledged: number;
  rejected: number;
  batches: number;
}

/** The answer parsed with the protocol's own schema: anything else is not acted upon. */
function checkResponse(res: unknown): PushResponse {
  const parsed = v.safeParse(PushResponseSchema, res);
  if (!parsed.success) throw new SyncError('server', 'réponse de push illisible');
  return parsed.output;
}

/** The next outbox entries after `afterSeq`, in seq order. */
function readAfter(db: BorneDatabase, afterSeq: number, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.where(':id').above(afterSeq).limit(limit).toArray();
}

/**
 * Pushes until the outbox is empty (entries written meanwhile are pushed too). Requests go one
 * after the other (the server wants contiguous seqs); the next batch is read from the outbox while
 * the current one travels.
 */
export async function pushAll(deps: PushDeps): Promise<PushSummary> {
  const { db } = deps;
  const limits = deps.limits ?? SERVER_LIMITS;
  const summary: PushSummary = { sent: 0, acknowledged: 0, rejected: 0, batches: 0 };
  let total = deps.trackProgress ? (deps.total ?? (await db.outbox.count())) : 0;
  let next = readAfter(db, 0, limits.maxMutations);
  let heartbeat = deps.heartbeat;
  let tags = await pushTags(db);
  for (;;) {
    const entries = await next;
    if (entries.length === 0) {
      if (!heartbeat) return summary;
      const beat = await sendHeartbeat(deps, heartbeat, tags);
      heartbeat = undefined;
      if (!(beat.epoch && (await noteEpoch(db, beat.epoch, deps.now())))) return summary;
      // The server was restored: push again all that was just queued.
      tags = await pushTags(db);
      next = readAfter(db, 0, limits.maxMutations);
      if (deps.trackProgress) total = await db.outbox.count();
      continue;
    }
    const batch = takeBatch(entries, deps.deviceId, limits, heartbeat, tags);
    heartbeat = undefined;
    if (batch.tooLarge) throw new SyncError('too_large', `seq ${batch.body.mutations[0]?.seq}`);
    const sentMax = batch.body.mutations.at(-1)!.seq;
    const answer = requestJson<unknown>(deps.fetch, '/api/v1/sync/push', {
      json: batch.json,
      token: deps.token,
      timeoutMs: 60_000,
    });
    next = readAfter(db, sentMax, limits.maxMutations);
    next.catch(() => undefined); // read again below if the request fails first
    const res = await answer.then(checkResponse, async (err: unknown) => {
      // A 409 that names an epoch: the server was restored and this tablet never caught up (it
      // knew no epoch, or was enrolled again). Everything goes again, with the resync.
      if (err instanceof SyncError && err.kind === 'gap' && err.epoch)
        if (await noteReEnrolment(db, err.epoch, deps.now())) return undefined;
      throw err;
    });
    if (!res) {
      tags = await pushTags(db);
      next = readAfter(db, 0, limits.maxMutations);
      if (deps.trackProgress) total = summary.acknowledged + (await db.outbox.count());
      continue;
    }
    if (res.epoch && res.epoch !== tags.epoch && (await noteEpoch(db, res.epoch, deps.now()))) {
      // Pushed under the old epoch: nothing was applied; the outbox now holds the re-push too.
      tags = await pushTags(db);
      next = readAfter(db, 0, limits.maxMutations);
      if (deps.trackProgress) total = summary.acknowledged + (await db.outbox.count());
      continue;
    }
    if (res.epoch && tags.epoch === undefined) tags = await pushTags(db); // learnt just now
    total = Math.max(total, summary.acknowledged + entries.length);
    const progress = deps.trackProgress ? { done: summary.acknowledged, total } : undefined;
    const acked = await acknowledge(db, batch.body, res, deps.now(), progress);
    if (acked.count === 0) throw new SyncError('server', `lastSeq ${res.lastSeq} n’avance pas`);
    // The server kept less than was sent: send the rest again rather than what was read ahead.
    if (acked.upTo < sentMax) next = readAfter(db, acked.upTo, limits.maxMutations);
    summary.sent += batch.body.mutations.length;
    summary.acknowledged += acked.count;
    summary.rejected += acked.rejected;
    summary.batches++;
  }
}

/** A push of no mutation that only carries the heartbeat (the server answers lastSeq unchanged). */
async function sendHeartbeat(
  deps: PushDeps,
  heartbeat: Heartbeat,
  tags: { epoch?: string; resync?: Resync },
): Promise<PushResponse> {
  const body = { protocol: PROTOCOL_VERSION, deviceId: deps.deviceId, heartbeat, ...tags, mutations: [] };
  return checkResponse(
    await requestJson<unknown>(deps.fetch, '/api/v1/sync/push', {
      json: JSON.stringify(body),
      token: deps.token,
      timeoutMs: 30_000,
    }),
  );
}

/**
 * Applies the server's answer. Only entries the server says it has (seq ≤ lastSeq) AND that were in
 * this request are deleted: a lastSeq beyond what we sent never deletes a change the server has
 * not seen.
 */
export async function acknowledge(
  db: BorneDatabase,
  body: PushBody,
  res: PushResponse,
  now: Date,
  /** Progress before this answer: `done` grows by what it acknowledges, in the same transaction. */
  progress?: { done: number; total: number },
): Promise<{ count: number; rejected: number; upTo: number }> {
  const sentMax = body.mutations.at(-1)?.seq ?? 0;
  const upTo = Math.min(res.lastSeq, sentMax);
  const acked = body.mutations.filter((m) => m.seq <= upTo);
  if (acked.length === 0) return { count: 0, rejected: 0, upTo };
  const reasons = new Map(res.results.filter((r) => r.status === 'rejected').map((r) => [r.seq, r.error]));
  const rejected: RejectedMutation[] = acked
    .filter((m) => reasons.has(m.seq))
    .map((m) => ({
      seq: m.seq,
      entity: m.entity as RecordEntity,
      recordId: String(m.record.id ?? ''),
      reason: reasons.get(m.seq) ?? '',
      at: now.toISOString(),
    }));
  // The server holds these contacts now (stored, or quarantined with their payload): the tablet
  // forgets the personal part and keeps ids and anonymous fields for today's tally.
  const contactIds = acked.filter((m) => m.entity === 'contact').map((m) => String(m.record.id));

  await db.transaction('rw', [db.outbox, db.contacts, db.syncState], async () => {
    await db.outbox.where(':id').belowOrEqual(upTo).delete();
    await noteAcknowledged(db, upTo);
    for (const id of contactIds) {
      await db.contacts
        .where('id')
        .equals(id)
        .modify((contact: { sealed?: unknown }) => {
          delete contact.sealed;
        });
    }
    if (rejected.length) {
      const row = await db.syncState.get('rejected');
      const kept = [...((row?.value as RejectedMutation[] | undefined) ?? []), ...rejected];
      await db.syncState.put({ key: 'rejected', value: kept.slice(-MAX_REJECTED_KEPT) });
    }
    if (progress) {
      const done = progress.done + acked.length;
      const value: SyncProgress = { phase: 'push', done, total: Math.max(done, progress.total) };
      await db.syncState.put({ key: 'progress', value });
    }
  });
  return { count: acked.length, rejected: rejected.length, upTo };
}
