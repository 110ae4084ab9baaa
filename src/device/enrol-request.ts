// POST /api/v1/devices/enrol: spends a one-time code and returns the tablet's identity and centre.
// Failures are sorted into what the setup screen says in words.
import * as v from 'valibot';
import { clock } from '../platform/clock';
import { CentreSchema } from '../shared/reference';
import { type FetchLike, requestJson, SyncError } from '../sync/http';
import type { Enrolment } from './enrolment';

export type EnrolFailureKind =
  | 'mistyped' // not the shape of a code, or the server does not know it
  | 'used'
  | 'expired'
  | 'name' // the tablet name is refused
  | 'offline'
  | 'unreachable'
  | 'tooMany' // 429: too many attempts from this address
  | 'otherCentre' // enrolled again: the code is of another centre than the tablet's
  | 'server';

export class EnrolFailure extends Error {
  constructor(
    readonly kind: EnrolFailureKind,
    readonly serverMessage?: string,
  ) {
    super(kind);
  }
}

const EnrolResponseSchema = v.object({
  deviceId: v.pipe(v.string(), v.minLength(1)),
  deviceToken: v.pipe(v.string(), v.minLength(1)),
  centre: CentreSchema,
  /** The server's epoch (src/shared/protocol.ts « Restore »); optional so an older server works. */
  epoch: v.optional(v.string()),
});

/**
 * The server answers every bad code with 401 and a French sentence (server/tablet-api/sync/README.md);
 * its words tell which case it is, so the screen can say it in the tablet's language.
 */
export function classifyCodeRefusal(message: string | undefined): EnrolFailureKind {
  const text = (message ?? '').toLowerCase();
  if (text.includes('déjà servi') || text.includes('utilisé')) return 'used';
  if (text.includes('expiré')) return 'expired';
  return 'mistyped';
}

export async function enrolWithCode(
  fetchImpl: FetchLike,
  input: { code: string; deviceName: string; previous?: { deviceId: string; centreId: string } },
  now: Date = clock.now(),
): Promise<Enrolment & { epoch?: string }> {
  let body: unknown;
  try {
    body = await requestJson(fetchImpl, '/api/v1/devices/enrol', { body: input, timeoutMs: 20_000 });
  } catch (err) {
    if (!(err instanceof SyncError)) throw new EnrolFailure('server');
    if (err.kind === 'offline' || err.kind === 'unreachable') throw new EnrolFailure(err.kind);
    if (err.kind === 'unauthorized') throw new EnrolFailure(classifyCodeRefusal(err.serverMessage));
    if (err.kind === 'rate_limited') throw new EnrolFailure('tooMany', err.serverMessage);
    if (err.code === 'conflict' && err.serverMessage?.includes('autre centre'))
      throw new EnrolFailure('otherCentre', err.serverMessage);
    if (err.kind === 'invalid')
      throw new EnrolFailure(
        err.serverMessage?.includes('deviceName') ? 'name' : 'mistyped',
        err.serverMessage,
      );
    throw new EnrolFailure('server', err.serverMessage);
  }
  const parsed = v.safeParse(EnrolResponseSchema, body);
  if (!parsed.success) throw new EnrolFailure('server');
  return {
    deviceId: parsed.output.deviceId,
    deviceToken: parsed.output.deviceToken,
    deviceName: input.deviceName,
    centre: parsed.output.centre,
    enrolledAt: now.toISOString(),
    ...(parsed.output.epoch ? { epoch: parsed.output.epoch } : {}),
  };
}
