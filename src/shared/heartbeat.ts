// The tablet's heartbeat (issue 11): what each push carries about the tablet's health, so the
// dashboard notices a tablet that went silent, is nearly full or runs an old version. Optional in
// the push: a tablet that does not send it still pushes.
import * as v from 'valibot';

/** The version of the tablet app; the server compares tablets' versions with its own. */
export const APP_VERSION = '0.1.0';

const NonNegative = v.pipe(v.number(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const Int = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_147_483_647));

export const HeartbeatSchema = v.strictObject({
  appVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'appVersion : forme 1.2.3')),
  /** The content bundle the tablet shows (absent: none yet). */
  contentVersion: v.optional(Int),
  pending: Int,
  /** Age of the oldest change waiting in the outbox, in seconds, measured on the tablet's clock. */
  oldestPendingAgeSec: v.optional(Int),
  storageUsedBytes: v.optional(NonNegative),
  storageQuotaBytes: v.optional(NonNegative),
  storagePersisted: v.optional(v.boolean()),
  /** The last sync error, in words, as the tablet shows it. */
  lastError: v.optional(v.pipe(v.string(), v.maxLength(300, 'lastError : 300 caractères au plus'))),
});
export type Heartbeat = v.InferOutput<typeof HeartbeatSchema>;

/** -1, 0 or 1 as version a is older than, the same as or newer than version b ("0.10.0" > "0.9.2"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}
