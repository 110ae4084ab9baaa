// `npm run bench`: builds once, runs every metric module, writes bench/results.json and
// BENCHMARKS.md with the machine and the date. Not part of `npm test`.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchContext, Metric, MetricModule } from './metric';
import { bundleSize } from './metrics/bundle-size';
import { commonCaseMetric } from './metrics/common-case';
import { ingest } from './metrics/ingest';
import { kiosk } from './metrics/kiosk';
import { save } from './metrics/save';
import { syncBench } from './metrics/sync';
import { startBenchServer, stopAllBenchServers } from './server';

// Each issue adds its module here.
const MODULES: Record<string, MetricModule> = {
  'bundle-size': bundleSize,
  ingest,
  kiosk,
  save,
  'common-case': commonCaseMetric,
  sync: syncBench,
};

const only = process.argv.slice(2);

// The PouchDB baseline's packages live in bench/package.json, apart from the product's: install
// them here the first time a run needs them (the product's `npm ci` never does).
if ((!only.length || only.includes('sync')) && !existsSync('bench/node_modules/pouchdb/package.json')) {
  execSync('npm ci --prefix bench --no-audit --no-fund', { stdio: 'inherit' });
}
// Ctrl-C or a kill ends the run, not the servers it started: stop them first.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAllBenchServers().finally(() => process.exit(130)));
}
// BENCH_DIST_DIR builds into another folder, so a bench run never rewrites the dist/ others test.
const distDir = process.env.BENCH_DIST_DIR ?? 'dist';
execSync(`npx vite build --outDir ${distDir} --emptyOutDir`, { stdio: 'inherit' });

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const ctx: BenchContext = { distDir, startServer: (opts) => startBenchServer(distDir, opts) };

const resultsFile = 'bench/results.json';
const results: { metrics: Record<string, Metric & { date: string; machine: string }> } = existsSync(
  resultsFile,
)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : { metrics: {} };

for (const [name, run] of Object.entries(MODULES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`== ${name}`);
  try {
    for (const metric of await run(ctx)) {
      results.metrics[metric.name] = { ...metric, date, machine };
      console.log(
        `  ${metric.name} = ${metric.value} ${metric.unit}${metric.target ? ` (target ${metric.target})` : ''}`,
      );
    }
  } catch (err) {
    console.error(`  ${name} failed:`, err);
    process.exitCode = 1;
  }
}

await stopAllBenchServers();
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
const rows = Object.entries(results.metrics)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(
    ([name, m]) => `| \`${name}\` | ${m.value} ${m.unit} | ${m.target ?? ''} | ${m.date} | ${m.note ?? ''} |`,
  );
writeFileSync(
  'BENCHMARKS.md',
  [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`npm run bench -- MODULE…` runs some only). Each row keeps the date it',
    'was last measured; the machine is the one below unless the row says otherwise.',
    '',
    `Machine: ${machine}.`,
    '',
    '| metric | value | target | date | note |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
process.exit();
