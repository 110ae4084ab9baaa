// Starts the real centre server (the CLI's `serve --demo`) for a benchmark, on a free port and a
// throw-away data directory. The server is spawned as node itself (tsx as a loader, no `npx`
// wrapper in between) and as the leader of its own process group, and stop() signals the whole
// group and waits for it: no centre server outlives a bench run.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** True while any process of the group led by `pid` is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  const exit = exited ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!groupAlive(pid)) break;
    process.kill(-pid, signal);
    for (let i = 0; i < 100 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  }
  await exit;
}

/** Servers started and not yet stopped: run.ts stops them all at the end, even after a failure. */
const live = new Set<() => Promise<void>>();

export async function stopAllBenchServers(): Promise<void> {
  await Promise.all([...live].map((stop) => stop()));
}

export interface BenchServerOptions {
  databaseUrl?: string;
  /** false: a plain `serve`, over a database the bench seeded itself (default: `serve --demo`). */
  demo?: boolean;
  /** More environment for the server (e.g. BORNE_SECRET, to open what a seed sealed). */
  env?: Record<string, string>;
}

export async function startBenchServer(distDir: string, opts: BenchServerOptions = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-bench-'));
  const args = ['--import', 'tsx', 'server/cli/main.ts', 'serve', ...(opts.demo === false ? [] : ['--demo'])];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      ...opts.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BORNE_DATA_DIR: dataDir,
      BORNE_DIST_DIR: distDir,
      DATABASE_URL: opts.databaseUrl ?? '',
      BORNE_ENROL_ATTEMPTS: '10000', // benchmarks enrol many tablets from 127.0.0.1
    },
    stdio: 'ignore',
    detached: true, // its own process group, so stop() reaches whatever it starts
  });
  const stop = async () => {
    live.delete(stop);
    await stopGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  live.add(stop);
  const url = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 240 && !up && child.exitCode === null; i++) {
    try {
      up = (await fetch(`${url}/api/v1/health`)).ok;
    } catch {
      // not up yet
    }
    if (!up) await new Promise((r) => setTimeout(r, 250));
  }
  if (!up) {
    await stop();
    throw new Error(`the bench server did not answer on ${url}`);
  }
  return { url, dataDir, pid: child.pid!, stop };
}
