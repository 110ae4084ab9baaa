// Real server processes for the tests of several instances on one database: `borne serve` run by
// node (tsx as a loader, so one process per instance), each in its own process group so that the
// stop reaches everything it started, and stopped with SIGTERM (SIGKILL if it hangs) — no orphans.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../app-env';
import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { makeSecrets } from '../secrets';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Instance {
  name: string;
  url: string;
  /** Every line the process wrote on stderr (its log) and stdout. */
  logLines: string[];
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Starts `borne serve --json` on `databaseUrl` with its own data directory; resolves once it listens. */
export async function startInstance(
  name: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), `borne-${name}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'serve', '--json'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      DATABASE_URL: databaseUrl,
      BORNE_DATA_DIR: dataDir,
      BORNE_DIST_DIR: join(dataDir, 'no-dist'),
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
  });
  const logLines: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      logLines.push(...lines.filter(Boolean));
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not listen in 90 s`)), 90_000);
      child.stdout!.on('data', () => {
        for (const line of logLines) {
          if (!line.startsWith('{"url"')) continue;
          clearTimeout(timer);
          resolve((JSON.parse(line) as { url: string }).url);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited (${code}) before listening:\n${logLines.join('\n')}`));
      });
    });
    return { name, url, logLines, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The test's own connection to the instances' database, with their secret, to seed and to look. */
export function depsBeside(databaseUrl: string, dataDir: string, secret: string): Deps {
  const config = { ...loadConfig({}), databaseUrl, dataDir };
  return {
    database: connect(config),
    config,
    secrets: makeSecrets(Buffer.from(secret)),
    now: () => new Date(),
  };
}

/** Signs in on the instance at `url`; the function sends the session's cookie and CSRF token to
 *  any instance's dashboard API, as a browser behind a round-robin proxy would. */
export async function signInOn(url: string, login: string, password: string) {
  const res = await fetch(`${url}/api/v1/dashboard/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in on ${url} failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (base: string, path: string, init: RequestInit = {}) =>
    fetch(`${base}/api/v1/dashboard${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    });
}
