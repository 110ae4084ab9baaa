// The SMS claim's lease on the DATABASE's clock, never a process's own (issue 15 « Noticed »): two
// passes on one database may run on machines whose clocks differ by minutes, and `sms-run --now`
// may be days ahead. Had each read the lease on its own clock, a pass running ahead would take a
// live claim for an abandoned one and send the message a second time. Both databases write the
// instant in the form of `toISOString()`, so it compares with the stored strings as text.
import { type RawBuilder, sql } from 'kysely';
import type { DbKind } from '../db/connect';

/** The database's clock plus `ms`, as an ISO instant (UTC, milliseconds, `Z`). */
export function databaseInstant(kind: DbKind, ms = 0): RawBuilder<string> {
  const seconds = (ms / 1000).toFixed(3);
  return kind === 'postgres'
    ? sql<string>`to_char((clock_timestamp() at time zone 'UTC') + make_interval(secs => ${sql.lit(Number(seconds))}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${sql.lit(`${seconds.startsWith('-') ? '' : '+'}${seconds} seconds`)})`;
}
