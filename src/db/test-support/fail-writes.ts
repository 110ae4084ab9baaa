// For tests of the tablet's transactions: records every write that reaches IndexedDB (the object
// store calls of fake-indexeddb, below Dexie), and makes one chosen write throw as a full disk
// does. A test runs an operation once to learn its writes, then fails each of them in turn — the
// first, the middle ones, the last: whatever was written before the failure must go with it.
const METHODS = ['put', 'add', 'delete', 'clear'] as const;
type Method = (typeof METHODS)[number];

export interface WriteLog {
  /** "store.method" of each write so far, in order. */
  writes: string[];
  restore(): void;
}

/** Patches IDBObjectStore (fake-indexeddb's, in tests): `failAt` (0-based) throws QuotaExceededError. */
export function watchWrites(failAt?: number): WriteLog {
  const proto = IDBObjectStore.prototype as unknown as Record<Method, (...args: unknown[]) => unknown>;
  const originals = new Map(METHODS.map((m) => [m, proto[m]]));
  const log: WriteLog = {
    writes: [],
    restore() {
      for (const [m, fn] of originals) proto[m] = fn;
    },
  };
  for (const m of METHODS) {
    const original = originals.get(m)!;
    proto[m] = function (this: IDBObjectStore, ...args: unknown[]) {
      const index = log.writes.push(`${this.name}.${m}`) - 1;
      if (index === failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  return log;
}
