// The vitest configuration that StrykerJS runs (`npm run mutate`): the project's own, without the
// tests that start the server as a child process. A child process runs the code unmutated, so
// those tests cannot tell a mutant from the original; in-process tests hold the same rules.
// A group run (`npm run mutate -- <group>`) names its test files in BORNE_MUTATE_TESTS: only those
// are collected, so the first (dry) run does not load the whole suite.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'server/cli/**/*.test.ts',
        '**/server-killed.test.ts',
        // Runs the CLI as a child process too (and fails in Stryker's sandbox, whose port checks differ).
        'server/operations-messages.test.ts',
        // 20 tablets over loopback HTTP at once: under a loaded machine a fetch can fail, which stops
        // the whole run at its first pass; the same push rules are held by the in-process tests.
        'server/tablet-api/sync/concurrent-tablets.test.ts',
        // Opens the exports in LibreOffice (a child process too), and takes longer than a mutant may.
        '**/exports-open-right.test.ts',
      ],
    },
  }),
);

const only = process.env.BORNE_MUTATE_TESTS?.split(';').filter(Boolean);
// mergeConfig would add to the project's include list; a group's list replaces it.
if (only?.length && config.test) config.test.include = only;

export default config;
