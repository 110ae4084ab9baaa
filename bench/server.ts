// Starts the real centre server (the CLI's `serve --demo`) for a benchmark, on a free port and a
// throw-away data directory.
import { spawn } from 'node:child_process';
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

export async function startBenchServer(distDir: string, opts: { databaseUrl?: string } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-bench-'));
  const child = spawn('npx', ['tsx', 'server/cli/main.ts', 'serve', '--demo'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BORNE_DATA_DIR: dataDir,
      BORNE_DIST_DIR: distDir,
      DATABASE_URL: opts.databaseUrl ?? '',
      BORNE_ENROL_ATTEMPTS: '10000', // benchmarks enrol many tablets from 127.0.0.1
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
