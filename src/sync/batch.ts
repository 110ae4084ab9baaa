// Cuts the outbox into push requests the server accepts: at most 500 mutations and 2 MiB of JSON
// (DESIGN.md; the server answers 413 above). Sizes are the exact UTF-8 bytes of the request body.
import type { OutboxEntry } from '../db/types';
import type { Heartbeat } from '../shared/heartbeat';
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_MUTATIONS,
  type Mutation,
  PROTOCOL_VERSION,
  type Resync,
} from '../shared/protocol';

export interface PushBody {
  protocol: number;
  deviceId: string;
  /** Sent with the first request of a pass (src/shared/heartbeat.ts). */
  heartbeat?: Heartbeat;
  /** The server epoch the tablet knows, and a re-push after a restore (src/sync/restore.ts). */
  epoch?: string;
  resync?: Resync;
  mutations: Mutation[];
}

export interface BatchLimits {
  maxMutations: number;
  maxBytes: number;
}

export const SERVER_LIMITS: BatchLimits = { maxMutations: MAX_BATCH_MUTATIONS, maxBytes: MAX_BATCH_BYTES };

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

export function toMutation(entry: OutboxEntry): Mutation {
  if (entry.seq === undefined) throw new Error('outbox entry without seq');
  return { seq: entry.seq, entity: entry.entity, op: entry.op, record: entry.record };
}

export interface Batch {
  body: PushBody;
  /** The request body, serialised once: exactly JSON.stringify(body). */
  json: string;
  /** Its size in UTF-8 bytes. */
  bytes: number;
  tooLarge: boolean;
}

/**
 * The longest prefix of `entries` (in seq order) that fits the limits. Never empty when `entries`
 * is not: a single mutation too big for any request is returned alone with `tooLarge`, so the
 * caller reports it instead of looping.
 */
export function takeBatch(
  entries: readonly OutboxEntry[],
  deviceId: string,
  limits: BatchLimits = SERVER_LIMITS,
  heartbeat?: Heartbeat,
  tags: { epoch?: string; resync?: Resync } = {},
): Batch {
  // Body = head + mutations joined by commas + tail, the same text JSON.stringify(body) gives.
  const base = { protocol: PROTOCOL_VERSION, deviceId, ...(heartbeat ? { heartbeat } : {}), ...tags };
  const head = `${JSON.stringify(base).slice(0, -1)},"mutations":[`;
  const tail = ']}';
  const mutations: Mutation[] = [];
  const parts: string[] = [];
  let bytes = byteLength(head) + byteLength(tail);
  for (const entry of entries) {
    if (mutations.length >= limits.maxMutations) break;
    const mutation = toMutation(entry);
    const text = JSON.stringify(mutation);
    const size = byteLength(text) + (mutations.length ? 1 : 0);
    if (bytes + size > limits.maxBytes) {
      if (mutations.length > 0) break;
      mutations.push(mutation);
      parts.push(text);
      bytes += size;
      return { body: { ...base, mutations }, json: '', bytes, tooLarge: true };
    }
    mutations.push(mutation);
    parts.push(text);
    bytes += size;
  }
  const json = head + parts.join(',') + tail;
  return { body: { ...base, mutations }, json, bytes, tooLarge: false };
}
