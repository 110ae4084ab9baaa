import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { openRuntime } from '../../runtime';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';

// The command as a coordinator types it, on a throw-away SQLite data directory.
const dataDir = mkdtempSync(join(tmpdir(), 'borne-revoke-'));
const env = { ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '', BORNE_SECRET: '' };
const tsx = join('node_modules', '.bin', 'tsx');
const borne = (...args: string[]) => {
  const res = spawnSync(tsx, ['server/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('revoke-device on the command line', () => {
  it('revokes a tablet so that its next request answers 403 device_revoked', async () => {
    expect(borne('seed-demo', '--json').code).toBe(0);
    const deps = await openRuntime(loadConfig(env));
    try {
      const { code } = await createEnrolCode(
        deps.database.db,
        deps.secrets,
        { centreId: 'arbrisseau' },
        new Date(),
      );
      const tablet = await enrolDevice(
        deps.database.db,
        deps.secrets,
        { code, deviceName: 'Perdue' },
        new Date(),
      );
      const app = createApp(deps);
      const pull = () =>
        app.request('/api/v1/sync/pull', { headers: { authorization: `Bearer ${tablet.deviceToken}` } });
      expect((await pull()).status).toBe(200);

      const listed = JSON.parse(borne('list-devices', '--json').out) as {
        devices: { id: string; status: string }[];
      };
      expect(listed.devices).toContainEqual(
        expect.objectContaining({ id: tablet.deviceId, status: 'active' }),
      );

      const res = borne('revoke-device', '--device', tablet.deviceId, '--json');
      expect(res.code).toBe(0);
      expect(JSON.parse(res.out)).toMatchObject({
        id: tablet.deviceId,
        status: 'revoked',
        centreId: 'arbrisseau',
      });

      const after = await pull();
      expect(after.status).toBe(403);
      expect(((await after.json()) as { error: { code: string } }).error.code).toBe('device_revoked');
    } finally {
      await deps.database.close();
    }
  });

  it('answers an unknown or missing device id with a clear message and exit code 2', () => {
    const unknown = borne('revoke-device', '--device', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Aucune tablette');
    const missing = borne('revoke-device');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--device');
  });
});
