import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // One line says which databases the server suite runs on; in CI, no PostgreSQL fails the run.
    globalSetup: ['server/test-support/database-guard.ts'],
    // The server suite runs once per database; PostgreSQL databases are created per test file.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
