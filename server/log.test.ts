// The log as JSON lines (BORNE_LOG_FORMAT=json): one object a line, nothing a request can break.
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
