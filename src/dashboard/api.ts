// The dashboard's fetch client. Every change (POST, PUT, PATCH, DELETE) carries the session's CSRF
// token; every failure becomes an ApiError whose text is a sentence for the coordinator.
import { type CoordKey, lang, t } from './i18n';

export const API = '/api/v1/dashboard';
export const CSRF_HEADER = 'X-CSRF-Token';

let csrfToken: string | undefined;
let onSessionLost: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server answers 401 to a signed-in request (session expired or closed). */
export function whenSessionLost(callback: () => void): void {
  onSessionLost = callback;
}

const WORDS_BY_CODE: Partial<Record<string, CoordKey>> = {
  network: 'coord.error.network',
  internal: 'coord.error.server',
  unauthorized: 'coord.error.session',
  forbidden: 'coord.error.forbidden',
  rate_limited: 'coord.error.rate',
  invalid: 'coord.error.invalid',
  not_found: 'coord.error.notFound',
  conflict: 'coord.error.conflict',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The server's own sentence (French, names the field for a 400). */
    readonly serverMessage: string | undefined,
  ) {
    super(serverMessage ?? code);
  }

  /** In French the server's sentence is the most precise; other languages get ours by code. */
  get text(): string {
    if (lang.value === 'fr' && this.serverMessage) return this.serverMessage;
    const key = WORDS_BY_CODE[this.code];
    return key ? t(key) : (this.serverMessage ?? t('coord.error.server'));
  }
}

/** Any thrown value as words for the page. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.text;
  return t('coord.error.server');
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Do not treat a 401 as a lost session (the sign-in form expects 401 for a wrong password). */
  quiet401?: boolean;
  /** Raw body (a file's text) instead of JSON. */
  raw?: BodyInit;
}

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let payload: BodyInit | undefined = opts.raw;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path.startsWith('/') ? path : `${API}/${path}`, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', undefined);
  }
  if (res.status === 204) return undefined as T;
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    const failure = new ApiError(
      res.status,
      error?.code ?? (res.status >= 500 ? 'internal' : 'invalid'),
      error?.message,
    );
    if (res.status === 401 && !opts.quiet401) onSessionLost?.();
    throw failure;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, string | number | undefined>) =>
    request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  del: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

export function withQuery(path: string, query?: Record<string, string | number | undefined>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}
