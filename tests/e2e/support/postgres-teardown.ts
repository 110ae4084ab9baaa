// Playwright globalTeardown of the dashboard-postgres project: drops the run's database once its
// server has stopped (postgres-drop.ts, detached, because web servers stop after this runs).
import { spawn } from 'node:child_process';

export default async function teardown(): Promise<void> {
  const name = process.env.E2E_PG_DB;
  if (!name) return;
  const child = spawn(
    'npx',
    ['tsx', 'tests/e2e/support/postgres-drop.ts', name, process.env.E2E_PG_PORT ?? ''],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
}
