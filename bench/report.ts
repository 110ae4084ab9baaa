// bench/results.json and BENCHMARKS.md, read and written in one place: by `npm run bench`
// (bench/run.ts) and by `npm run mutate` (scripts/mutate.ts, the mutation scores).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Metric } from './metric';

export type StoredMetric = Metric & { date: string; machine: string };
export interface Results {
  metrics: Record<string, StoredMetric>;
}

const RESULTS_FILE = 'bench/results.json';

export function machineName(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function loadResults(): Results {
  return existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : { metrics: {} };
}

/** Writes bench/results.json and BENCHMARKS.md (one row per metric, with its date). */
export function saveResults(results: Results, machine = machineName()): void {
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const rows = Object.entries(results.metrics)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, m]) =>
        // A row measured on another machine than this run's says which (the header names this one).
        `| \`${name}\` | ${m.value} ${m.unit} | ${m.target ?? ''} | ${m.date} | ${m.note ?? ''}${m.machine && m.machine !== machine ? ` (machine: ${m.machine})` : ''} |`,
    );
  writeFileSync(
    'BENCHMARKS.md',
    [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (`npm run bench -- MODULE…` runs some only) and, for the',
      '`mutation_*` rows, by `npm run mutate` (the share of deliberate breakages of each module that',
      'the tests catch). Each row keeps the date it was last measured; the machine is the one below',
      'unless the row says otherwise.',
      '',
      `Machine: ${machine}.`,
      '',
      '| metric | value | target | date | note |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}
