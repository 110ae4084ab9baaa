// Counting helpers: every id of a taxonomy starts at 0 so that charts keep stable axes.

export function zeros<K extends string>(ids: readonly K[]): Record<K, number> {
  return Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;
}

/** Adds `n` to `counts[key]` when the key is one of the taxonomy's (unknown ids are not invented). */
export function add<K extends string>(counts: Record<K, number>, key: string | undefined, n = 1): void {
  if (key !== undefined && Object.hasOwn(counts, key)) counts[key as K] += n;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
