// Pull: pages of reference changes, each applied with its cursor in one transaction, so an
// interrupted pull resumes where it stopped. A `reset` (our cursor is older than the server's
// tombstones) pushes everything pending first, then refetches from zero and replaces the tables.

import * as v from 'valibot';
import type { BorneDatabase } from '../db/database';
import { clock } from '../platform/clock';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  type PullResponse,
  PullResponseSchema,
} from '../shared/protocol';
import { type ApplyResult, applyPullPage } from './apply-pull';
import { type FetchLike, requestJson, SyncError } from './http';
import { noteEpoch } from './restore';
import { clearState, getState } from './state';

export interface PullDeps {
  db: BorneDatabase;
  fetch: FetchLike;
  token: string;
  /** Pushes every pending change; throws when it cannot (a reset waits for the next run then). */
  pushAll: () => Promise<unknown>;
  onProgress?: (pulled: number) => void | Promise<void>;
  limit?: number;
  now?: () => Date;
  /** The safety net below; tests give a small one to see it hold. */
  maxPages?: number;
}

export interface PullSummary extends ApplyResult {
  pages: number;
  reset: boolean;
}

/** Safety net: a server that keeps saying hasMore without moving its cursor must not loop forever. */
const MAX_PAGES = 10_000;

async function fetchPage(deps: PullDeps, cursor: string | undefined, limit?: number): Promise<PullResponse> {
  const params = new URLSearchParams({ limit: String(limit ?? deps.limit ?? DEFAULT_PULL_LIMIT) });
  if (cursor !== undefined) params.set('cursor', cursor);
  const page = await requestJson<unknown>(deps.fetch, `/api/v1/sync/pull?${params}`, { token: deps.token });
  return checkPage(page);
}

/** The page parsed with the protocol's schema; an entity this tablet does not know is skipped later. */
function checkPage(page: unknown): PullResponse {
  const parsed = v.safeParse(PullResponseSchema, page);
  if (!parsed.success) throw new SyncError('server', 'réponse de pull illisible');
  return parsed.output as PullResponse;
}

export async function pullAll(deps: PullDeps): Promise<PullSummary> {
  const summary: PullSummary = { applied: 0, keptPending: 0, skipped: 0, pages: 0, reset: false };
  let cursor = await getState(deps.db, 'pull:cursor');
  if (await getState(deps.db, 'pull:fromZero')) {
    // The server was restored (src/sync/restore.ts): its change counter went back with it.
    await deps.pushAll();
    const fresh = await pullFromZero(deps);
    await clearState(deps.db, 'pull:fromZero');
    return fresh;
  }
  const maxPages = deps.maxPages ?? MAX_PAGES;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(deps, cursor);
    // A restore learnt here (not at the push): the re-push is queued; the next pass sends it.
    if (page.epoch && (await noteEpoch(deps.db, page.epoch, (deps.now ?? clock.now)()))) return summary;
    if (page.reset) {
      if (cursor === undefined) throw new SyncError('server', 'reset demandé sans curseur');
      await deps.pushAll();
      return { ...(await pullFromZero(deps)), reset: true };
    }
    add(summary, await applyPullPage(deps.db, page.changes, page.cursor));
    summary.pages++;
    await deps.onProgress?.(summary.applied);
    if (!page.hasMore || page.cursor === cursor) return summary;
    cursor = page.cursor;
  }
  return summary;
}

/**
 * Refetches everything and applies it in one transaction that first empties the reference tables:
 * reference data is small, and a half-replaced agent list would lock people out of the team space.
 */
async function pullFromZero(deps: PullDeps): Promise<PullSummary> {
  const changes: PullResponse['changes'] = [];
  let cursor: string | undefined;
  let pages = 0;
  while (pages < (deps.maxPages ?? MAX_PAGES)) {
    // Big pages: the whole read is held in memory anyway, and fewer pages mean fewer chances
    // for the server to judge an intermediate cursor too old.
    const page = await fetchPage(deps, cursor, deps.limit ?? MAX_PULL_LIMIT);
    if (page.reset) throw new SyncError('server', 'reset demandé depuis zéro');
    pages++;
    changes.push(...page.changes);
    const moved = page.cursor !== cursor;
    cursor = page.cursor;
    if (!page.hasMore || !moved) break;
  }
  const result = await applyPullPage(deps.db, changes, cursor ?? '', { replace: true });
  await deps.onProgress?.(result.applied);
  return { ...result, pages, reset: true };
}

function add(into: ApplyResult, more: ApplyResult): void {
  into.applied += more.applied;
  into.keptPending += more.keptPending;
  into.skipped += more.skipped;
}
