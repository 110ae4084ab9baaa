// Simulated tablets for the tests of several instances: the tablet's own sync code (src/sync: push,
// pull, content) on a fake-indexeddb database, with a fetch that sends each request to the next
// instance in turn, and that can lose a push's answer after the server committed it (the tablet
// then sends the same batch again, to the other instance).
import { writeWithOutbox } from '../../src/db/outbox';
import { fetchContentIfChanged } from '../../src/sync/content';
import type { FetchLike } from '../../src/sync/http';
import { pullAll } from '../../src/sync/pull';
import { pushAll } from '../../src/sync/push';
import { freshDb } from '../../src/sync/test-support/local';
import { encounter, type Tablet } from './sync';

/** Hands out the instances' addresses one after the other, request by request. */
export function alternate(urls: string[]): () => string {
  let i = 0;
  return () => urls[i++ % urls.length]!;
}

export class SimTablet {
  readonly db = freshDb();
  /** Requests per instance address. */
  readonly hits = new Map<string, number>();
  readonly written: string[] = [];
  private pushes = 0;

  constructor(
    readonly tablet: Tablet,
    readonly agentId: string,
    private readonly next: () => string,
    /** Every n-th push answer is lost after the server answered (0: never). */
    private readonly loseEvery = 0,
  ) {}

  readonly fetch: FetchLike = async (path, init) => {
    const base = this.next();
    this.hits.set(base, (this.hits.get(base) ?? 0) + 1);
    const res = await fetch(`${base}${path}`, init);
    if (path.startsWith('/api/v1/sync/push') && this.loseEvery && ++this.pushes % this.loseEvery === 0) {
      await res.arrayBuffer(); // the server has committed and answered; the answer never arrives
      throw new TypeError('network lost');
    }
    return res;
  };

  /** Records `count` encounters in the team space (record and outbox entry in one transaction). */
  async record(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const e = encounter(this.tablet, this.agentId, { durationMin: 5 + (i % 40) });
      await writeWithOutbox(this.db, 'encounter', 'upsert', e);
      this.written.push(e.id);
    }
  }

  /** Pushes until the outbox is empty, as the scheduler does: a failed pass is simply run again. */
  async pushUntilEmpty(maxMutations = 4): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        await pushAll({
          db: this.db,
          fetch: this.fetch,
          token: this.tablet.deviceToken,
          deviceId: this.tablet.deviceId,
          now: () => new Date(),
          limits: { maxMutations, maxBytes: 256 * 1024 },
        });
      } catch {
        // a lost answer: the next pass resends, to the other instance
      }
      if ((await this.db.outbox.count()) === 0) return;
    }
    throw new Error('the outbox never emptied');
  }

  /** A whole pull, page by page (each page from the next instance), then the content if it changed. */
  async pull(limit: number): Promise<void> {
    await pullAll({
      db: this.db,
      fetch: this.fetch,
      token: this.tablet.deviceToken,
      pushAll: () => this.pushUntilEmpty(),
      limit,
    });
    await fetchContentIfChanged(this.db, this.fetch);
  }
}
