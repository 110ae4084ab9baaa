// Mutation testing of the modules that hold the durability, privacy and isolation rules
// (`npm run mutate`, not part of `npm test`; scripts/mutate.ts runs it and writes the score of
// each module to BENCHMARKS.md). Scoped tightly for a 2-core machine: only these files are
// mutated, one test runner, incremental (a re-run only tries mutants whose code or tests changed),
// and the server suite runs on SQLite only during mutation (BORNE_TEST_DATABASES=sqlite, set by
// scripts/mutate.ts): PostgreSQL repeats of the same tests kill no extra mutant of this code.
const group = process.env.MUTATE_GROUP;

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  // A group run (`npm run mutate -- <group>`, scripts/mutate.ts) keeps its own incremental file and
  // report, so groups can run one after another (or side by side) without losing each other's results.
  incrementalFile: `reports/stryker-incremental${group ? `-${group}` : ''}.json`,
  mutate: [
    'src/db/outbox.ts',
    'src/agent/transaction.ts',
    'src/agent/drafts.ts',
    'src/sync/push.ts',
    'src/sync/pull.ts',
    'src/sync/apply-pull.ts',
    'src/sync/restore.ts',
    'src/crypto/seal.ts',
    'src/kiosk/reset.ts',
    'server/sync/apply-push.ts',
    'server/sync/pull.ts',
    'server/sync/open-contact.ts',
    'server/dashboard-api/records/quarantine.ts',
    'server/dashboard-api/scope.ts',
    'server/dashboard-api/auth/middleware.ts',
    'server/dashboard-api/auth/sessions.ts',
    'server/dashboard-api/privacy/purge.ts',
    'server/dashboard-api/privacy/erase.ts',
    'server/dashboard-api/exports/csv.ts',
    'server/http/client-address.ts',
    'server/jobs/job-runs.ts',
  ],
  // The wording of messages is not what these rules are about: string mutants are left out.
  mutator: { excludedMutations: ['StringLiteral'] },
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${group ?? 'mutation'}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: group ? `.stryker-tmp/${group}` : '.stryker-tmp',
  ignorePatterns: [
    '.stryker-tmp',
    'dist',
    'data',
    'reports',
    'test-results',
    'playwright-report',
    'bench/tmp',
  ],
  timeoutMS: 10_000,
  // The first run of the covering tests, on a loaded 2-core machine, takes longer than the default 5 minutes.
  dryRunTimeoutMinutes: 40,
  // A static mutant (module-level code) would need every test re-run: skipped, and counted apart.
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
};
