import { describe, expect, it } from 'vitest';
import { codeFromScan, formatCode, looksLikeCode, normaliseCode } from './enrol-code';
import { classifyCodeRefusal, enrolWithCode } from './enrol-request';

describe('enrolment code', () => {
  it('is read the same whatever the case, spaces and dashes', () => {
    for (const typed of ['abcd efgh', 'ABCD-EFGH', ' abcd–efgh ', 'AbCdEfGh']) {
      expect(normaliseCode(typed)).toBe('ABCDEFGH');
    }
    expect(looksLikeCode('ABCDEFGH')).toBe(true);
    expect(looksLikeCode('ABCDEFG')).toBe(false);
    expect(looksLikeCode('ABCDEFG0')).toBe(false); // 0 is not in the alphabet
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('is found in a scanned QR code, bare or inside a setup link', () => {
    expect(codeFromScan('ABCD-EFGH')).toBe('ABCDEFGH');
    expect(codeFromScan('https://centre.example/installation?code=abcd-efgh')).toBe('ABCDEFGH');
    expect(codeFromScan('bonjour')).toBeUndefined();
  });

  it('refusals are told apart from the server’s words: used, expired, unknown', () => {
    expect(classifyCodeRefusal('Ce code a déjà servi. Demandez un nouveau code à votre coordinateur.')).toBe(
      'used',
    );
    expect(
      classifyCodeRefusal('Ce code a expiré (15 minutes). Demandez un nouveau code à votre coordinateur.'),
    ).toBe('expired');
    expect(classifyCodeRefusal('Code inconnu. Vérifiez les lettres et les chiffres.')).toBe('mistyped');
  });

  it('a refused code and a missing network become failures the screen can say', async () => {
    const refused = async () =>
      new Response(
        JSON.stringify({ error: { code: 'unauthorized', message: 'Ce code a expiré (15 minutes).' } }),
        {
          status: 401,
        },
      );
    await expect(enrolWithCode(refused, { code: 'ABCDEFGH', deviceName: 'T' })).rejects.toMatchObject({
      kind: 'expired',
    });
    const cut = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    await expect(enrolWithCode(cut, { code: 'ABCDEFGH', deviceName: 'T' })).rejects.toMatchObject({
      kind: 'unreachable',
    });
  });

  it('too many attempts from one address is said as such, not as a server problem', async () => {
    const limited = async () =>
      new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Trop d’essais de code.' } }), {
        status: 429,
        headers: { 'retry-after': '600' },
      });
    await expect(enrolWithCode(limited, { code: 'ABCDEFGH', deviceName: 'T' })).rejects.toMatchObject({
      kind: 'tooMany',
    });
  });
});
