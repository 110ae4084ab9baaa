import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../db/types';
import { MAX_BATCH_BYTES, MAX_BATCH_MUTATIONS } from '../shared/protocol';
import { takeBatch } from './batch';

function entries(count: number, noteLength = 10, char = 'a'): OutboxEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    entity: 'encounter',
    op: 'upsert',
    recordId: `r${i}`,
    record: { id: `r${i}`, rev: 1, note: char.repeat(noteLength) },
    queuedAt: '2026-11-14T10:00:00.000Z',
  }));
}

const bytesOf = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).length;

describe('push batches', () => {
  it('hold at most 500 mutations, in seq order', () => {
    const { body, tooLarge } = takeBatch(entries(1200), 'dev');
    expect(tooLarge).toBe(false);
    expect(body.mutations).toHaveLength(MAX_BATCH_MUTATIONS);
    expect(body.mutations.map((m) => m.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });

  it('never exceed 2 MiB of request body, counted in UTF-8 bytes', () => {
    // "é" is two bytes in UTF-8: counting characters would overshoot the server's limit.
    const big = entries(400, 6000, 'é');
    const { body, bytes, json } = takeBatch(big, 'dev');
    expect(json).toBe(JSON.stringify(body)); // serialised once, exactly as the server reads it
    expect(bytesOf(body)).toBe(bytes);
    expect(bytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(body.mutations.length).toBeLessThan(400);
    // The batch is as full as it can be: one more mutation would cross the limit.
    const next = takeBatch(big.slice(0, body.mutations.length + 1), 'dev', {
      maxMutations: 500,
      maxBytes: Number.POSITIVE_INFINITY,
    });
    expect(next.bytes).toBeGreaterThan(MAX_BATCH_BYTES);
  });

  it('flag a single mutation too big for any request instead of looping on it', () => {
    const { body, tooLarge } = takeBatch(entries(2, 3 * 1024 * 1024), 'dev');
    expect(tooLarge).toBe(true);
    expect(body.mutations).toHaveLength(1);
  });

  it('carry the protocol version and the device id', () => {
    const { body } = takeBatch(entries(1), 'dev-42');
    expect(body).toMatchObject({ protocol: 1, deviceId: 'dev-42' });
  });
});
