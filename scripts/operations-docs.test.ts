// docs/operations.md and its example files stay true: the environment file is one the server
// accepts as written, every variable the guide names is one the server reads, and the systemd
// units start the command that exists, with the data directory the guide gives.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';

const guide = readFileSync('docs/operations.md', 'utf8');
const config = readFileSync('server/config.ts', 'utf8');

function envFile(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]!] = m[2]!;
  }
  return env;
}

describe('the operations guide and its files', () => {
  it('the example environment file is accepted as it is, with TLS, JSON logs and the proxy set', () => {
    const cfg = loadConfig(envFile('docs/deploy/borne.env'));
    expect(cfg.host).toBe('127.0.0.1');
    expect(cfg.secureCookies).toBe(true);
    expect(cfg.logFormat).toBe('json');
    expect(cfg.trustedProxies).toEqual(['127.0.0.1', '::1']);
    expect(cfg.databaseUrl).toMatch(/^postgres:\/\//);
    expect(cfg.dataDir).toBe('/var/lib/borne');
  });

  it('every BORNE_ variable of the guide and the files is one the server reads', () => {
    const files = ['docs/deploy/borne.env', 'docs/deploy/borne.service', 'docs/deploy/borne@.service'];
    const named = new Set(
      [guide, ...files.map((f) => readFileSync(f, 'utf8'))].flatMap((t) => t.match(/BORNE_[A-Z_]+/g) ?? []),
    );
    expect(named.size).toBeGreaterThan(4);
    for (const name of named) expect(config, name).toContain(`env.${name}`);
  });

  it.each(['docs/deploy/borne.service', 'docs/deploy/borne@.service'])(
    '%s starts `serve` of the command line, as user borne, in /var/lib/borne',
    (unit) => {
      const text = readFileSync(unit, 'utf8');
      const exec = /^ExecStart=(.*)$/m.exec(text)?.[1] ?? '';
      expect(exec).toMatch(/\/usr\/bin\/node --import tsx server\/cli\/main\.ts serve$/);
      expect(existsSync('server/cli/main.ts')).toBe(true);
      expect(text).toMatch(/^User=borne$/m);
      expect(text).toMatch(/^EnvironmentFile=\/etc\/borne\/borne\.env$/m);
      expect(text).toMatch(/^StateDirectory=borne$/m);
      expect(text).toMatch(/^Environment=BORNE_DATA_DIR=\/var\/lib\/borne$/m);
    },
  );

  it('the template unit takes its port from the instance name, over the environment file', () => {
    expect(readFileSync('docs/deploy/borne@.service', 'utf8')).toMatch(
      /^ExecStart=\/usr\/bin\/env PORT=%i /m,
    );
  });

  it('the guide links each example file, and the README links the guide', () => {
    for (const file of ['borne.service', 'borne@.service', 'borne.env', 'Caddyfile', 'nginx-borne.conf'])
      expect(guide).toContain(`docs/deploy/${file}`);
    expect(readFileSync('README.md', 'utf8')).toContain('docs/operations.md');
    // The proxies send the health probe and keep the tablet import's 20 MiB.
    expect(readFileSync('docs/deploy/Caddyfile', 'utf8')).toContain('health_uri /api/v1/health');
    expect(readFileSync('docs/deploy/nginx-borne.conf', 'utf8')).toContain('client_max_body_size 20m;');
  });
});
