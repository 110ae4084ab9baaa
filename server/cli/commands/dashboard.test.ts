import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The dashboard's commands as an operator types them, on a throw-away SQLite data directory.
const dataDir = mkdtempSync(join(tmpdir(), 'borne-dashboard-cli-'));
const env = { ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '', BORNE_SECRET: '' };
const tsx = join('node_modules', '.bin', 'tsx');
const borne = (...args: string[]) => {
  const res = spawnSync(tsx, ['server/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('dashboard commands on the command line', () => {
  it('seeds demo records once, then purges nothing that is still within retention', () => {
    expect(borne('seed-demo', '--json').code).toBe(0);
    const seeded = borne('seed-demo-records', '--from', '2026-10-05', '--to', '2026-10-09', '--json');
    expect(seeded.code).toBe(0);
    const result = JSON.parse(seeded.out) as {
      created: boolean;
      rejected: number;
      tally: { outings: number };
    };
    expect(result).toMatchObject({ created: true, rejected: 0, tally: { outings: 10 } }); // 5 weekdays × 2
    const again = JSON.parse(borne('seed-demo-records', '--json').out) as { created: boolean };
    expect(again.created).toBe(false);

    const dry = borne('purge', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true });
    const purge = borne('purge', '--json');
    expect(purge.code).toBe(0);
    expect(JSON.parse(purge.out)).toMatchObject({ dryRun: false });
  }, 180_000);

  it('answers bad arguments with exit code 2 and words', () => {
    const bad = borne('purge', '--centre', 'nulle-part');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Aucun centre');
    const badDate = borne('seed-demo-records', '--from', 'hier');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('AAAA-MM-JJ');
  }, 60_000);
});
