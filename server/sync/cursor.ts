// The pull cursor: opaque to the tablet, base64url JSON of the last change it has —
// {v: change version, e: entity rank, i: id, h: tombstone horizon when this read began}. Several
// rows can share a version (one transaction publishes many partners), so the version alone could
// not resume inside such a group. `h` lets a read from zero page through rows older than the
// horizon without being told to reset again and again.
import * as v from 'valibot';

export interface Cursor {
  v: number;
  e?: number;
  i?: string;
  h?: number;
}

export const START: Cursor = { v: 0 };

const Horizon = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));
const CursorSchema = v.union([
  v.strictObject({ v: v.pipe(v.number(), v.integer(), v.minValue(0)), h: Horizon }),
  v.strictObject({
    v: v.pipe(v.number(), v.integer(), v.minValue(0)),
    e: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(31)),
    i: v.pipe(v.string(), v.maxLength(200)),
    h: Horizon,
  }),
]);

export class CursorError extends Error {}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Absent or empty = from the start; anything else must be a cursor this server made. */
export function decodeCursor(text: string | undefined): Cursor {
  if (!text) return START;
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) throw new CursorError('cursor');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor');
  }
  const parsed = v.safeParse(CursorSchema, json);
  if (!parsed.success) throw new CursorError('cursor');
  return parsed.output;
}
