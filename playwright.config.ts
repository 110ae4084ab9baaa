import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// One real centre server (SQLite in a throw-away data directory) per run, on a free port. Set once
// in the main process; the workers inherit the environment, so they all talk to the same server.
process.env.E2E_PORT ??= String(41000 + Math.floor(Math.random() * 8000));
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'borne-e2e-'));
const port = Number(process.env.E2E_PORT);

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
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
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
    },
  },
});
