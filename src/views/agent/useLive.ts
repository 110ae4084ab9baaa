// Reads the database through a Dexie liveQuery: the screen follows every save, from this tab or
// from the sync worker. `undefined` until the first answer.
import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

export function useLive<T>(query: () => Promise<T>, deps: Inputs): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined);
  useEffect(() => {
    // A new query: never show the previous query's answer as if it were this one's.
    setValue(undefined);
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue({ v }),
      error: (err) => console.warn('[team] live query failed', err),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value?.v;
}
