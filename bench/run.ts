// `npm run bench`: builds once, runs every metric module, writes bench/results.json and
// BENCHMARKS.md with the machine and the date. Not part of `npm test`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BenchContext, MetricModule } from './metric';
import { bundleSize } from './metrics/bundle-size';
import { commonCaseMetric } from './metrics/common-case';
import { ingest } from './metrics/ingest';
import { kiosk } from './metrics/kiosk';
import { kioskCold } from './metrics/kiosk-cold';
import { save } from './metrics/save';
import { scale } from './metrics/scale';
import { syncBench } from './metrics/sync';
import { loadResults, machineName, saveResults } from './report';
import { startBenchServer, stopAllBenchServers } from './server';

// Each issue adds its module here.
const MODULES: Record<string, MetricModule> = {
  'bundle-size': bundleSize,
  ingest,
  kiosk,
  'kiosk-cold': kioskCold,
  save,
  'common-case': commonCaseMetric,
  sync: syncBench,
};

// Run only when named (`npm run bench -- scale`): seeding a federation takes minutes to hours.
const OPT_IN: Record<string, MetricModule> = { scale };

const only = process.argv.slice(2);

// The PouchDB baseline's and Lighthouse's packages live in bench/package.json, apart from the
// product's: install them here the first time a run needs them (the product's `npm ci` never does).
const wants = (name: string) => !only.length || only.includes(name);
if (
  (wants('sync') && !existsSync('bench/node_modules/pouchdb/package.json')) ||
  (wants('kiosk-cold') && !existsSync('bench/node_modules/lighthouse/package.json'))
) {
  execSync('npm ci --prefix bench --no-audit --no-fund', { stdio: 'inherit' });
}
// Ctrl-C or a kill ends the run, not the servers it started: stop them first.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAllBenchServers().finally(() => process.exit(130)));
}
// BENCH_DIST_DIR builds into another folder, so a bench run never rewrites the dist/ others test.
const distDir = process.env.BENCH_DIST_DIR ?? 'dist';
execSync(`npx vite build --outDir ${distDir} --emptyOutDir`, { stdio: 'inherit' });

const machine = machineName();
const date = new Date().toISOString().slice(0, 10);
const ctx: BenchContext = { distDir, startServer: (opts) => startBenchServer(distDir, opts) };

const results = loadResults();

for (const [name, run] of Object.entries({ ...MODULES, ...OPT_IN })) {
  if (only.length ? !only.includes(name) : name in OPT_IN) continue;
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
saveResults(results, machine);
process.exit();
