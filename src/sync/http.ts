// Talks JSON to the centre server and turns every failure into one of a few kinds that the
// status screen can say in words. Runs in the page and in the sync worker (no DOM globals).
import type { ErrorBody } from '../shared/protocol';

export type SyncErrorKind =
  | 'offline' // the device has no network at all
  | 'unreachable' // network, but the server does not answer (or a captive portal answers instead)
  | 'unauthorized' // 401: unknown or expired token / code
  | 'revoked' // 403 device_revoked: the tablet must wipe itself
  | 'forbidden' // 403 otherwise (wrong centre)
  | 'invalid' // 400
  | 'gap' // 409 sequence gap: should never happen
  | 'too_large' // 413
  | 'protocol' // 426: this app is too old for the server
  | 'rate_limited' // 429
  | 'server' // 5xx or an answer we cannot read
  | 'not_enrolled'; // nothing to sync with yet

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    /** The server's own words, when it gave some (French). */
    readonly serverMessage?: string,
    readonly status?: number,
    /** From Retry-After on a 429. */
    readonly retryAfterMs?: number,
    /** The server's error code, e.g. "conflict" for an already used enrolment code. */
    readonly code?: string,
    /** On a push's 409 after a restore: the server's epoch (everything is to be sent again). */
    readonly epoch?: string,
  ) {
    super(serverMessage ? `${kind}: ${serverMessage}` : kind);
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** The body already serialised (a push batch measured in bytes is not serialised twice). */
  json?: string;
  token?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function kindForStatus(status: number, code: string | undefined): SyncErrorKind {
  if (status === 400) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return code === 'device_revoked' ? 'revoked' : 'forbidden';
  if (status === 409) return code === 'sequence_gap' || code === undefined ? 'gap' : 'invalid';
  if (status === 413) return 'too_large';
  if (status === 426) return 'protocol';
  if (status === 429) return 'rate_limited';
  if (status === 404 && code === undefined) return 'unreachable'; // not our server answering
  return status >= 400 && status < 500 ? 'invalid' : 'server';
}

function retryAfter(res: Response): number | undefined {
  const value = res.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/** One JSON request to the server. Resolves with the parsed body, or throws a SyncError. */
export async function requestJson<T>(
  fetchImpl: FetchLike,
  url: string,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const body = opts.json ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch {
    throw new SyncError(isOffline() ? 'offline' : 'unreachable');
  }
  let answer: unknown;
  try {
    answer = await res.json();
  } catch {
    // A captive portal answers with its own HTML page: that is not our server.
    throw new SyncError(res.ok ? 'unreachable' : kindForStatus(res.status, undefined), undefined, res.status);
  }
  if (res.ok) return answer as T;
  const error = (answer as Partial<ErrorBody> | null)?.error;
  throw new SyncError(
    kindForStatus(res.status, error?.code),
    typeof error?.message === 'string' ? error.message : undefined,
    res.status,
    retryAfter(res),
    error?.code,
    typeof error?.epoch === 'string' ? error.epoch : undefined,
  );
}

/** Errors worth retrying later on their own (the others need a person or an update). */
export function isRetryable(kind: SyncErrorKind): boolean {
  return kind === 'offline' || kind === 'unreachable' || kind === 'rate_limited' || kind === 'server';
}
