// The sync protocol of DESIGN.md "Sync", shared by tablet and server.
import * as v from 'valibot';
import { LIMITS } from './limits';
import type { REFERENCE_ENTITIES } from './reference';
import { NUL_MESSAGE } from './wire-shape';

/** Bump when the wire format changes; the server answers 426 below MIN_PROTOCOL. */
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL = 1;

export const MAX_BATCH_MUTATIONS = 500;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 1000;
export const TOMBSTONE_DAYS = 180;
export const ENROL_CODE_MINUTES = 15;

export const MutationSchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entity: v.string(), // checked against RECORD_ENTITIES per mutation, so an unknown one is rejected, not a 400
  op: v.picklist(['upsert', 'delete']),
  // Kept as sent (v.record would copy it and silently drop `__proto__`/`constructor` keys): the
  // per-mutation checks must see them to reject the mutation (src/shared/wire-shape.ts).
  record: v.custom<Record<string, unknown>>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
    'doit être un objet',
  ),
});

export const PushRequestSchema = v.object({
  protocol: v.pipe(v.number(), v.integer()),
  deviceId: v.pipe(v.string(), v.maxLength(64)),
  mutations: v.array(MutationSchema),
  /** The tablet's heartbeat (src/shared/heartbeat.ts). Optional: older tablets still push. Checked
   *  apart from the mutations, so a heartbeat the server cannot read never fails a push. */
  heartbeat: v.optional(v.unknown()),
  /** The server epoch the tablet last learnt (restore, below). A push under another epoch than the
   *  server's is not applied: the answer carries the server's epoch and nothing else. */
  epoch: v.optional(v.pipe(v.string(), v.maxLength(64))),
  resync: v.optional(
    v.object({
      epoch: v.pipe(v.string(), v.maxLength(64)),
      ackedSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
      throughSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
});

/**
 * Restore (DESIGN.md "Sync"): a database restored from a backup has a new `epoch`, carried by every
 * push and pull answer. A tablet that sees it change queues again every record it holds (same ids
 * and revs), and sends `resync` with its pushes until the server has acknowledged them: `ackedSeq`
 * is the highest seq the server had acknowledged before, `throughSeq` the last re-queued entry. At
 * the first push of mutations carrying it, the server moves the tablet's lastSeq up to just before
 * the first seq sent (the seqs in between were lost with the restore: they are never reused), once.
 */
export type Resync = NonNullable<v.InferOutput<typeof PushRequestSchema>['resync']>;

export type Mutation = v.InferOutput<typeof MutationSchema>;
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export const MUTATION_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

/** The server's answer to a push: the tablet parses it with this schema before it deletes anything. */
export const PushResponseSchema = v.object({
  lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  results: v.array(
    v.object({
      seq: v.pipe(v.number(), v.integer()),
      status: v.picklist(MUTATION_STATUSES),
      error: v.optional(v.string()),
    }),
  ),
  /** Why the push's heartbeat was not kept, in words (the records are applied all the same). */
  heartbeatError: v.optional(v.string()),
  /** The server's epoch (restore, above). Optional so a tablet still reads an older server. */
  epoch: v.optional(v.string()),
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;
export type PushResult = PushResponse['results'][number];

export interface PullChange {
  entity: (typeof REFERENCE_ENTITIES)[number];
  id: string;
  version: number;
  deleted?: boolean;
  record?: unknown;
}
export interface PullResponse {
  changes: PullChange[];
  cursor: string;
  hasMore: boolean;
  reset?: boolean;
  /** The server's epoch (restore, above). */
  epoch?: string;
}

/**
 * A page of pull as the tablet parses it. `entity` is any string here: a newer server may publish
 * an entity this tablet does not know yet, which apply-pull skips instead of refusing the page.
 */
export const PullResponseSchema = v.object({
  changes: v.array(
    v.object({
      entity: v.string(),
      id: v.string(),
      version: v.number(),
      deleted: v.optional(v.boolean()),
      record: v.optional(v.unknown()),
    }),
  ),
  cursor: v.string(),
  hasMore: v.boolean(),
  reset: v.optional(v.boolean()),
  epoch: v.optional(v.string()),
});

const noNul = v.check((s: string) => !s.includes('\u0000'), NUL_MESSAGE);

export const EnrolRequestSchema = v.object({
  code: v.pipe(v.string(), noNul, v.trim(), v.minLength(LIMITS.enrolCodeMin), v.maxLength(LIMITS.enrolCode)),
  deviceName: v.pipe(v.string(), noNul, v.trim(), v.minLength(1), v.maxLength(LIMITS.name)),
  /**
   * Enrolling again a tablet the server no longer knows (a restore from a backup older than its
   * enrolment): it keeps its id, so the records it holds (which name it) are its own again. The
   * server takes the id only if no tablet has it and the code is of the same centre.
   */
  previous: v.optional(
    v.object({
      deviceId: v.pipe(v.string(), noNul, v.minLength(1), v.maxLength(64)),
      centreId: v.pipe(v.string(), noNul, v.minLength(1), v.maxLength(64)),
    }),
  ),
});

export type ErrorCode =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'device_revoked'
  | 'not_found'
  | 'sequence_gap'
  | 'too_large'
  | 'protocol_too_old'
  | 'rate_limited'
  | 'conflict'
  /** 503: the database cannot write (disk full, read-only); retry later. */
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  /** `epoch` only on a push's 409 after a restore the tablet has not caught up with: it then
   *  sends again everything it holds (src/sync/restore.ts), as when it sees a new epoch. */
  error: { code: ErrorCode; message: string; epoch?: string };
}
