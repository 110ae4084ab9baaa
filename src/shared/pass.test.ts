import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  PASS_ID_PATTERN,
  parseTypedCode,
  passFromScan,
  passIdFromBytes,
  passQrText,
  passRuleProblem,
  readableCode,
} from './pass';

const bytes = (fill: (i: number) => number) => new Uint8Array(16).map((_, i) => fill(i));

describe('the resident’s card id', () => {
  it('holds all 128 random bits: 16 bytes give 26 characters, different bytes a different id', () => {
    expect(passIdFromBytes(bytes(() => 0))).toBe('0'.repeat(26));
    expect(passIdFromBytes(bytes(() => 255))).toBe(`7${'Z'.repeat(25)}`);
    const a = passIdFromBytes(bytes((i) => i));
    const b = passIdFromBytes(bytes((i) => (i === 15 ? 16 : i)));
    expect(a).toMatch(PASS_ID_PATTERN);
    expect(a).not.toBe(b);
    expect(() => passIdFromBytes(new Uint8Array(8))).toThrow();
  });

  it('reads a typed code as people type it: any case, spaces, dashes, O for 0, I and L for 1', () => {
    const id = passIdFromBytes(bytes((i) => i * 17));
    const printed = readableCode(id);
    expect(printed.replace(/ /g, '')).toHaveLength(27);
    expect(parseTypedCode(printed)).toBe(id);
    expect(parseTypedCode(printed.toLowerCase().replace(/ /g, '-'))).toBe(id);
    const withZero = passIdFromBytes(bytes(() => 0));
    expect(parseTypedCode(readableCode(withZero).replace(/0/g, 'O'))).toBe(withZero);
  });

  it('refuses a code with one wrong character or two neighbours swapped', () => {
    const id = passIdFromBytes(bytes((i) => 200 - i * 7));
    const code = id + checkCharacter(id);
    for (let i = 0; i < code.length; i++) {
      const wrong = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      if (wrong !== code) expect(parseTypedCode(wrong), `position ${i}`).toBeUndefined();
    }
    for (let i = 0; i + 1 < code.length; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(parseTypedCode(swapped), `swap at ${i}`).toBeUndefined();
    }
    expect(parseTypedCode('')).toBeUndefined();
    expect(parseTypedCode('bonjour')).toBeUndefined();
  });

  it('takes only our own QR codes for a card', () => {
    const id = passIdFromBytes(bytes((i) => i + 1));
    expect(passFromScan(passQrText(id))).toBe(id);
    expect(passFromScan(id)).toBeUndefined();
    expect(passFromScan('https://example.org/')).toBeUndefined();
    expect(passFromScan('BORNE-CARTE:not-a-card')).toBeUndefined();
  });

  it('is never tied to a name: a card and a contact on one record are refused; a sign-up needs one', () => {
    const passId = passIdFromBytes(bytes(() => 1));
    expect(passRuleProblem('encounter', { passId, contactId: 'c' })).toMatch(/ne vont pas ensemble/);
    expect(passRuleProblem('signup', { passId, contactId: 'c' })).toMatch(/ne vont pas ensemble/);
    expect(passRuleProblem('signup', {})).toMatch(/un contact ou une carte/);
    expect(passRuleProblem('signup', { passId })).toBeUndefined();
    expect(passRuleProblem('encounter', {})).toBeUndefined();
  });
});
