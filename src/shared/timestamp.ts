// The one timestamp rule of the sync contract (DESIGN.md "Time"): a timestamp is accepted only when
// it names a real instant (no 2024-02-31, no 24:00, no "+02" or ",5" forms that Date reads as
// nothing), and it leaves the schema normalised by toISOString(), so the server stores one form.
import * as v from 'valibot';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The instant `text` names, or undefined when it is not a real one in ISO 8601 extended form. */
export function parseInstant(text: string): Date | undefined {
  if (text.length > 40) return undefined;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((n) => Number(n ?? 0)) as number[];
  if (year! < 1970 || month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59 || second! > 59)
    return undefined;
  if (day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate()) return undefined;
  const [sign, offsetHours, offsetMinutes] = [m[8], Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (offsetHours > 14 || offsetMinutes > 59) return undefined;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const instant = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms) - offset);
  // An offset can push 9999-12-31 into a fifth digit of year, which toISOString writes as +010000.
  return /^\d{4}-/.test(instant.toISOString()) ? instant : undefined;
}

export const TIMESTAMP_MESSAGE =
  'doit être une date et une heure réelles au format ISO 8601 (exemple : 2026-11-02T09:30:00Z)';

/** A record's timestamp: a real instant, given back as toISOString(). */
export const Timestamp = v.pipe(
  v.string(),
  v.check((s) => parseInstant(s) !== undefined, TIMESTAMP_MESSAGE),
  v.transform((s) => parseInstant(s)!.toISOString()),
);
