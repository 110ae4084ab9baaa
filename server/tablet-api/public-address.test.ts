import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('the centre’s public address', () => {
  it('is read from BORNE_PUBLIC_URL without its trailing slash, and absent by default', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ BORNE_PUBLIC_URL: 'https://borne.centre-lille.fr/' }).publicUrl).toBe(
      'https://borne.centre-lille.fr',
    );
  });

  it('refuses an address that is not http(s), in words', () => {
    expect(() => loadConfig({ BORNE_PUBLIC_URL: 'borne.centre.fr' })).toThrow(
      /BORNE_PUBLIC_URL doit être une adresse complète/,
    );
    expect(() => loadConfig({ BORNE_PUBLIC_URL: 'ftp://x.fr' })).toThrow(/BORNE_PUBLIC_URL/);
  });
});
