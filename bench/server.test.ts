import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupAlive, startBenchServer, stopAllBenchServers } from './server';

/** Pids of the processes whose environment names this data directory (the server and any child). */
function processesUsing(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (env.includes(`BORNE_DATA_DIR=${dataDir}`)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

describe('bench servers', () => {
  it('leave no process behind once stopped', async () => {
    const server = await startBenchServer('dist');
    expect((await fetch(`${server.url}/api/v1/health`)).ok).toBe(true);
    expect(processesUsing(server.dataDir)).toContain(server.pid);
    await server.stop();
    expect(groupAlive(server.pid)).toBe(false);
    expect(processesUsing(server.dataDir)).toEqual([]);
  });

  it('are all stopped by the runner at the end, even those a metric forgot', async () => {
    const servers = await Promise.all([startBenchServer('dist'), startBenchServer('dist')]);
    await stopAllBenchServers();
    for (const s of servers) {
      expect(groupAlive(s.pid)).toBe(false);
      expect(processesUsing(s.dataDir)).toEqual([]);
    }
  });
});
