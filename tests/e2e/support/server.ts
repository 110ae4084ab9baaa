// What end-to-end tests know of the real server that Playwright started: its data directory,
// the demo logins, and its command line (same data directory) for enrolment codes and the like.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const dataDir = process.env.E2E_DATA_DIR!;
/** The built app the server serves (sw.js lives there). */
export const distDir = process.env.E2E_DIST_DIR ?? 'dist';
export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export interface DemoCredentials {
  centre: { id: string; name: string };
  agents: { id: string; displayName: string; pin: string }[];
  coordinator: { login: string; password: string };
}

export function demoCredentials(): DemoCredentials {
  return JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
}

/** Runs `npm run borne -- <args> --json` against the e2e server's data and returns its JSON. */
export function cli<T = Record<string, unknown>>(...args: string[]): T {
  const out = execFileSync('npx', ['tsx', 'server/cli/main.ts', ...args, '--json'], {
    env: { ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
