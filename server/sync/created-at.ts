// A record's createdAt is the tablet's clock, which may be wrong: one more than a day ahead of the
// server is clamped to the server's time when the push stores it (DESIGN.md "Sync"), the tablet's
// value kept beside it as clientCreatedAt.

/** A createdAt further ahead of the server clock than this is a wrong tablet clock. */
export const MAX_CLOCK_AHEAD_MS = 86_400_000;

/** createdAt more than a day ahead of the server is clamped; the tablet's value is kept beside it. */
export function clampCreatedAt(data: Record<string, unknown>, now: Date): string {
  const created = Date.parse(String(data.createdAt));
  if (created - now.getTime() > MAX_CLOCK_AHEAD_MS) {
    data.clientCreatedAt = data.createdAt;
    data.createdAt = now.toISOString();
    return now.toISOString();
  }
  return new Date(created).toISOString();
}
