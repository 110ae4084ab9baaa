import { describe, expect, it } from 'vitest';
import { requestJson, SyncError } from './http';

const answer =
  (status: number, body: string, headers: Record<string, string> = {}) =>
  async () =>
    new Response(body, { status, headers });

async function kindOf(fetchImpl: () => Promise<Response>) {
  try {
    await requestJson(fetchImpl, '/api/v1/sync/pull');
  } catch (err) {
    return err instanceof SyncError ? err : undefined;
  }
  return undefined;
}

describe('server answers in words', () => {
  it('takes a captive portal’s HTML page for an unreachable server, not for data', async () => {
    expect((await kindOf(answer(200, '<html>Connectez-vous au Wi-Fi</html>')))?.kind).toBe('unreachable');
  });

  it('tells a revoked tablet from a wrong centre, and keeps the server’s message', async () => {
    const revoked = await kindOf(
      answer(
        403,
        JSON.stringify({ error: { code: 'device_revoked', message: 'Cette tablette a été retirée.' } }),
      ),
    );
    expect(revoked).toMatchObject({ kind: 'revoked', serverMessage: 'Cette tablette a été retirée.' });
    const forbidden = await kindOf(
      answer(403, JSON.stringify({ error: { code: 'forbidden', message: 'x' } })),
    );
    expect(forbidden?.kind).toBe('forbidden');
  });

  it('maps each status of the contract to its kind, with Retry-After on a 429', async () => {
    const body = (code: string) => JSON.stringify({ error: { code, message: 'm' } });
    expect((await kindOf(answer(409, body('sequence_gap'))))?.kind).toBe('gap');
    expect((await kindOf(answer(413, body('too_large'))))?.kind).toBe('too_large');
    expect((await kindOf(answer(426, body('protocol_too_old'))))?.kind).toBe('protocol');
    expect((await kindOf(answer(401, body('unauthorized'))))?.kind).toBe('unauthorized');
    expect((await kindOf(answer(500, body('internal'))))?.kind).toBe('server');
    const limited = await kindOf(answer(429, body('rate_limited'), { 'Retry-After': '30' }));
    expect(limited).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
  });

  it('calls a failed connection unreachable', async () => {
    const err = await kindOf(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(err?.kind).toBe('unreachable');
  });
});
