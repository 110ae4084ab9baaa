import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The command line as a script would use it: a real process on a throw-away SQLite data directory.
const dataDir = mkdtempSync(join(tmpdir(), 'borne-cli-'));
const env = { ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '', BORNE_SECRET: '' };
const tsx = join('node_modules', '.bin', 'tsx');

function borne(...args: string[]) {
  const res = spawnSync(tsx, ['server/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('borne command line', () => {
  it('seeds the demo once and prints the same logins as JSON on a second run', () => {
    const first = borne('seed-demo', '--json');
    expect(first.code).toBe(0);
    const demo = JSON.parse(first.out);
    expect(demo.created).toBe(true);
    expect(demo.agents).toHaveLength(2);
    for (const agent of demo.agents) expect(agent.pin).toMatch(/^\d{4,6}$/);
    expect(demo.coordinator.password.length).toBeGreaterThanOrEqual(10);
    const again = JSON.parse(borne('seed-demo', '--json').out);
    expect(again.created).toBe(false);
    expect(again.coordinator).toEqual(demo.coordinator);
    // The secret key file made on first start is private to its owner.
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('prints a one-time enrolment code that expires in 15 minutes', () => {
    const before = Date.now();
    const res = borne('enrol-code', '--json');
    const after = Date.now();
    expect(res.code).toBe(0);
    const { code, expiresAt } = JSON.parse(res.out);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Made while the command ran, valid 15 minutes from then: no dependence on how long it took.
    expect(Date.parse(expiresAt)).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(Date.parse(expiresAt)).toBeLessThanOrEqual(after + 15 * 60_000);
  });

  it('names the code « code d’installation », as the tablet’s setup screen asks for it', () => {
    const res = borne('enrol-code');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^Code d’installation d’une tablette pour .+ : [A-Z2-9]{4}-[A-Z2-9]{4}\n/);
  });

  it('creates a coordinator with a generated password, and refuses a duplicate login', () => {
    const res = borne(
      'create-coordinator',
      '--login',
      'Nadia@Centre.fr',
      '--name',
      'Nadia',
      '--centre',
      'arbrisseau',
      '--json',
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toMatchObject({ login: 'nadia@centre.fr', role: 'coordinator' });
    const dup = borne(
      'create-coordinator',
      '--login',
      'nadia@centre.fr',
      '--name',
      'N',
      '--centre',
      'arbrisseau',
    );
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('existe déjà');
  });

  it('answers bad arguments with a clear message and exit code 2', () => {
    const unknown = borne('fly');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Commande inconnue');
    const badOption = borne('enrol-code', '--colour', 'red');
    expect(badOption.code).toBe(2);
    expect(badOption.err).toContain('Utilisation');
    const noCentre = borne('enrol-code', '--centre', 'nowhere');
    expect(noCentre.code).toBe(2);
    expect(noCentre.err).toContain('Aucun centre');
    const missing = borne('create-coordinator', '--name', 'X');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--login');
  });

  it('stops gracefully on SIGTERM', async () => {
    const child = spawn(tsx, ['server/cli/main.ts', 'serve', '--json'], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const line = chunk
          .toString()
          .split('\n')
          .find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line).url);
      });
      child.on('exit', () => reject(new Error('server exited early')));
    });
    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
