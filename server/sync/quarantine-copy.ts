// What a rejected mutation leaves in quarantine (DESIGN.md: nothing is silently dropped): the
// mutation as the tablet sent it when it is storable, otherwise a bounded excerpt, so that writing
// the quarantine row can never be what fails a push (too deep to serialise, megabytes of text,
// U+0000 in a column PostgreSQL stores as text).
import type { Mutation } from '../../src/shared/protocol';
import { exceedsDepth, MAX_WIRE_DEPTH, printable } from '../../src/shared/wire-shape';

/** A whole mutation is kept up to this many characters of JSON; larger ones as an excerpt. */
export const MAX_QUARANTINE_COPY_CHARS = 64 * 1024;
const EXCERPT_VALUE_CHARS = 200;

/** A column value without control characters (U+0000 included), cut to `max` characters. */
export function storableText(text: string, max: number): string {
  return printable(text, max);
}

/** Top-level fields of the record with short values; nested values are described, not copied. */
function excerpt(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).slice(0, 50)) {
    const value = record[key];
    const name = printable(key, 64);
    if (typeof value === 'string') out[name] = printable(value, EXCERPT_VALUE_CHARS);
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) out[name] = value;
    else if (Array.isArray(value)) out[name] = `[liste de ${value.length} éléments, non recopiée]`;
    else out[name] = '[objet non recopié]';
  }
  return out;
}

/** The JSON text kept in `quarantine.payload` for a rejected mutation. */
export function quarantineCopy(m: Mutation, opts: { withoutRecord?: boolean } = {}): string {
  const head = { seq: m.seq, entity: printable(m.entity, 64), op: m.op };
  if (opts.withoutRecord) {
    const id = typeof m.record.id === 'string' ? printable(m.record.id, 64) : undefined;
    return JSON.stringify({ ...head, record: { id } });
  }
  // One level more than a record may have: the mutation wraps it.
  if (!exceedsDepth(m, MAX_WIRE_DEPTH + 1)) {
    const whole = JSON.stringify(m);
    if (whole.length <= MAX_QUARANTINE_COPY_CHARS) return whole;
  }
  return JSON.stringify({ ...head, truncated: true, record: excerpt(m.record) });
}
