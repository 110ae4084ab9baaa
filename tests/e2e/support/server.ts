// What end-to-end tests know of the real server that Playwright started: its data directory,
// the demo logins, and its command line (same data directory) for enrolment codes and the like.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';

export const dataDir = process.env.E2E_DATA_DIR!;
/** The built app the server serves (sw.js lives there). */
export const distDir = process.env.E2E_DIST_DIR ?? 'dist';
export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export interface DemoCredentials {
  centre: { id: string; name: string };
  agents: { id: string; displayName: string; pin: string }[];
  coordinator: { login: string; password: string };
  /** Croissant sud's territory coordinator and an admin (demos seeded since the dashboard). */
  territoryCoordinator?: { login: string; password: string };
  admin?: { login: string; password: string };
}

/** The server of the running test's project: the default one (SQLite) or another project's
 *  (e.g. dashboard-postgres), which puts its data directory and DATABASE_URL in its metadata. */
export interface ServerTarget {
  baseURL: string;
  dataDir: string;
  databaseUrl: string;
}

export function currentServer(): ServerTarget {
  let project: ReturnType<typeof test.info>['project'] | undefined;
  try {
    project = test.info().project;
  } catch {
    project = undefined; // outside a test (e.g. a helper at load time): the default server
  }
  const meta = (project?.metadata ?? {}) as Partial<ServerTarget>;
  return {
    baseURL: project?.use.baseURL ?? baseURL,
    dataDir: meta.dataDir ?? dataDir,
    databaseUrl: meta.databaseUrl ?? '',
  };
}

export function demoCredentials(): DemoCredentials {
  const file = join(currentServer().dataDir, 'demo-credentials.json');
  return JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
}

/** Runs `npm run borne -- <args> --json` against the e2e server's data and returns its JSON. */
export function cli<T = Record<string, unknown>>(...args: string[]): T {
  const server = currentServer();
  const out = execFileSync('npx', ['tsx', 'server/cli/main.ts', ...args, '--json'], {
    env: { ...process.env, BORNE_DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
