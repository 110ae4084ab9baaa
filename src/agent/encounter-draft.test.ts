import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { lastLockAt, mustOfferDraft, noteLock } from './encounter-draft';

const NOW = new Date('2026-11-02T10:30:00.000Z');
const here = { agentId: 'agent-1', now: NOW, lockSeconds: 300, lastLockAt: undefined };
const origin = { startedAt: '2026-11-02T10:12:00.000Z', agentId: 'agent-1' };

describe('a new encounter starts new', () => {
  it('gives back silently only the same agent’s form, touched within the lock time', () => {
    expect(mustOfferDraft({ origin, updatedAt: '2026-11-02T10:28:00.000Z' }, here)).toBe(false);
  });

  it('offers a draft older than the lock time', () => {
    expect(mustOfferDraft({ origin, updatedAt: '2026-11-02T10:24:59.000Z' }, here)).toBe(true);
  });

  it('offers a draft left by a lock or a hand-over to the kiosk, however recent', () => {
    const draft = { origin, updatedAt: '2026-11-02T10:29:00.000Z' };
    expect(mustOfferDraft(draft, { ...here, lastLockAt: '2026-11-02T10:29:30.000Z' })).toBe(true);
    expect(mustOfferDraft(draft, { ...here, lastLockAt: '2026-11-02T10:28:00.000Z' })).toBe(false);
  });

  it('offers another agent’s draft, and a draft of unknown origin', () => {
    const updatedAt = '2026-11-02T10:29:00.000Z';
    expect(mustOfferDraft({ origin: { ...origin, agentId: 'agent-2' }, updatedAt }, here)).toBe(true);
    expect(mustOfferDraft({ origin: undefined, updatedAt }, here)).toBe(true);
  });

  it('notes the time of the last lock on the tablet', async () => {
    expect(await lastLockAt()).toBeUndefined();
    await noteLock(NOW);
    expect(await lastLockAt()).toBe(NOW.toISOString());
  });
});
