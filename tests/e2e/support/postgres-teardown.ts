// Playwright globalTeardown of the dashboard-postgres project: drops the run's database.
import { dropDatabase } from './postgres';

export default async function teardown(): Promise<void> {
  const name = process.env.E2E_PG_DB;
  if (name) await dropDatabase(name);
}
