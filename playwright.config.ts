import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';
import { ADMIN_URL, databaseUrl, postgresAnswers } from './tests/e2e/support/postgres';

// One real centre server (SQLite in a throw-away data directory) per run, on a free port. Set once
// in the main process; the workers inherit the environment, so they all talk to the same server.
process.env.E2E_PORT ??= String(41000 + Math.floor(Math.random() * 8000));
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'borne-e2e-'));
const port = Number(process.env.E2E_PORT);
// The centre's public address (BORNE_PUBLIC_URL): the same server under another name than the
// tablets' 127.0.0.1, so a test can tell the QR codes carry the public address, not the tablet's.
process.env.E2E_PUBLIC_URL ??= `http://localhost:${port}`;

// The dashboard specs run a second time against a server on PostgreSQL (project dashboard-postgres),
// on a fresh database made for this run and dropped after it. Locally that run needs PostgreSQL to
// answer, and E2E_POSTGRES=0 leaves it out (a quicker run while working on other screens); one line
// says which databases run. In CI (CI=true) it is required: without PostgreSQL the run fails.
if (process.env.E2E_PG_DB === undefined) {
  const skipped = process.env.E2E_POSTGRES === '0';
  const answers = postgresAnswers();
  if (process.env.CI && (skipped || !answers)) {
    throw new Error(
      skipped
        ? 'CI runs the dashboard specs on PostgreSQL too: E2E_POSTGRES=0 is not allowed with CI=true.'
        : `CI runs the dashboard specs on PostgreSQL too, and PostgreSQL does not answer at ${ADMIN_URL}.`,
    );
  }
  const wanted = !skipped && answers;
  console.info(
    wanted
      ? '[e2e] databases: SQLite (every spec) and PostgreSQL (dashboard specs)'
      : `[e2e] databases: SQLite only — ${skipped ? 'E2E_POSTGRES=0' : `PostgreSQL does not answer at ${ADMIN_URL}`}; the dashboard specs do not run on PostgreSQL`,
  );
  process.env.E2E_PG_DB = wanted
    ? `borne_e2e_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    : '';
  process.env.E2E_PG_PORT = String(port + 1);
  process.env.E2E_PG_DATA_DIR = wanted ? mkdtempSync(join(tmpdir(), 'borne-e2e-pg-')) : '';
}
const pgDb = process.env.E2E_PG_DB;
const pgPort = Number(process.env.E2E_PG_PORT);
const pgUrl = pgDb ? databaseUrl(pgDb) : '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    serviceWorkers: 'allow',
    locale: 'fr-FR',
    viewport: { width: 1024, height: 768 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    // Every spec, on the SQLite server below.
    { name: 'default' },
    ...(pgDb
      ? [
          {
            name: 'dashboard-postgres',
            testMatch: /dashboard.*\.spec\.ts$/,
            use: { baseURL: `http://127.0.0.1:${pgPort}` },
            // Read by tests/e2e/support/server.ts (cli(), demoCredentials()) for this project's server.
            metadata: { dataDir: process.env.E2E_PG_DATA_DIR, databaseUrl: pgUrl },
          },
        ]
      : []),
  ],
  globalTeardown: pgDb ? './tests/e2e/support/postgres-teardown.ts' : undefined,
  webServer: [
    {
      command: 'npx tsx server/cli/main.ts serve --demo',
      url: `http://127.0.0.1:${port}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        BORNE_DATA_DIR: process.env.E2E_DATA_DIR,
        // The build under test (E2E_DIST_DIR, so engineers can test their own build folder).
        BORNE_DIST_DIR: process.env.E2E_DIST_DIR ?? 'dist',
        DATABASE_URL: '',
        // Tests create expired contacts on purpose; the daily purge must not race them.
        BORNE_AUTO_PURGE: '0',
        // Every test enrols tablets from 127.0.0.1: the per-address limit is tested in the server suite.
        BORNE_ENROL_ATTEMPTS: '10000',
        BORNE_PUBLIC_URL: process.env.E2E_PUBLIC_URL,
      },
    },
    ...(pgDb
      ? [
          {
            command: `npx tsx tests/e2e/support/postgres-create.ts ${pgDb} && npx tsx server/cli/main.ts serve --demo`,
            url: `http://127.0.0.1:${pgPort}/api/v1/health`,
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: 'ignore' as const,
            env: {
              PORT: String(pgPort),
              HOST: '127.0.0.1',
              BORNE_DATA_DIR: process.env.E2E_PG_DATA_DIR!,
              BORNE_DIST_DIR: process.env.E2E_DIST_DIR ?? 'dist',
              DATABASE_URL: pgUrl,
              BORNE_AUTO_PURGE: '0',
              // Every test enrols tablets from 127.0.0.1: the per-address limit is tested in the server suite.
              BORNE_ENROL_ATTEMPTS: '10000',
            },
          },
        ]
      : []),
  ],
});
