// `tsx tests/e2e/support/postgres-create.ts NAME`: run by the dashboard-postgres webServer command
// before the server starts (Playwright starts web servers before globalSetup, so it cannot be there).
import { createDatabase } from './postgres';

const name = process.argv[2];
if (!name) {
  console.error('usage: postgres-create.ts NAME');
  process.exit(2);
}
createDatabase(name).catch((err: unknown) => {
  console.error(`could not create database ${name}:`, err);
  process.exit(1);
});
