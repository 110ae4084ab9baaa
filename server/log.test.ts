// The log as JSON lines (BORNE_LOG_FORMAT=json): one object a line, nothing a request can break.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { formatLogLine } from './log';

describe('log lines', () => {
  const at = new Date('2026-12-01T09:00:00.000Z');

  it('JSON: one object per line, with time, level, source, message and fields', () => {
    const line = formatLogLine('error', 'server', '500 GET /x — Error: boom', { status: 500 }, 'json', at);
    expect(JSON.parse(line)).toEqual({
      time: '2026-12-01T09:00:00.000Z',
      level: 'error',
      source: 'server',
      message: '500 GET /x — Error: boom',
      status: 500,
    });
  });

  it('no text can add a line: newlines and line separators stay escaped, in both formats', () => {
    const forged = 'a\n[server] 200 GET /fake\u2028b\rc';
    const json = formatLogLine('info', 'purge', forged, {}, 'json', at);
    expect(json.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
    expect(JSON.parse(json).message).toBe(forged);
    const text = formatLogLine('info', 'purge', forged, {}, 'text', at);
    expect(text.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
    expect(text.startsWith('[purge] a\\n[server]')).toBe(true);
  });

  it('BORNE_LOG_FORMAT is json or text; anything else is refused in words', () => {
    expect(loadConfig({ BORNE_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({}).logFormat).toBe('text');
    expect(() => loadConfig({ BORNE_LOG_FORMAT: 'xml' })).toThrow(/BORNE_LOG_FORMAT vaut json/);
  });
});

describe('the server’s log with BORNE_LOG_FORMAT=json', () => {
  it('a start that fails (port taken) still writes only JSON lines, the failure in words', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'borne-log-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'serve'], {
        cwd: join(import.meta.dirname, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmpdir(),
          BORNE_DATA_DIR: dataDir,
          BORNE_DIST_DIR: join(dataDir, 'no-dist'),
          HOST: '127.0.0.1',
          PORT: String(port),
          BORNE_LOG_FORMAT: 'json',
        },
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      const lines = stderr.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(1);
      const parsed = lines.map((l) => JSON.parse(l) as { level: string; source: string; message: string });
      const failure = parsed.find((l) => l.level === 'error');
      expect(failure?.message).toContain(`Le port ${port} est déjà utilisé`);
    } finally {
      busy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
