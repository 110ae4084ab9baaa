// The one timestamp rule (src/shared/timestamp.ts): only real instants, given back normalised.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseInstant, Timestamp } from './timestamp';

describe('a timestamp is accepted only if it names a real instant', () => {
  it.each([
    ['2026-11-02T09:30:00.000Z', '2026-11-02T09:30:00.000Z'],
    ['2026-11-02T09:30:00Z', '2026-11-02T09:30:00.000Z'],
    ['2026-11-02T09:30Z', '2026-11-02T09:30:00.000Z'],
    ['2026-11-02T11:30:00+02:00', '2026-11-02T09:30:00.000Z'],
    ['2026-11-02T09:30:00.123456Z', '2026-11-02T09:30:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-03-01T00:30:00-01:00', '2026-03-01T01:30:00.000Z'],
  ])('%s is stored as %s', (text, iso) => {
    expect(v.parse(Timestamp, text)).toBe(iso);
  });

  it.each([
    '2026-11-02T09:30:00+02',
    '2026-11-02T09:30:00,5Z',
    '2024-02-31T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2026-11-02T24:00:00Z',
    '2026-11-02T09:60:00Z',
    '2026-11-02T09:30:60Z',
    '2026-13-01T00:00:00Z',
    '2026-11-02',
    '2026-11-02T09:30:00',
    '9999-12-31T23:00:00-02:00',
    '1969-12-31T23:59:59Z',
    '+010000-01-01T00:00:00.000Z',
    ' 2026-11-02T09:30:00Z',
    '2026-11-02T09:30:00Z\u0000',
  ])('%s is refused', (text) => {
    expect(parseInstant(text)).toBeUndefined();
    const parsed = v.safeParse(Timestamp, text);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.issues[0]?.message).toContain('date');
  });
});
