import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../shared/content';
import { fromPieces, GUIDES_PER_PIECE, toPieces } from './bundle-pieces';

function bundle(guides: number): ContentBundle {
  return {
    version: 3,
    hash: 'abc',
    guides: Array.from({ length: guides }, (_, i) => ({ id: `g${i}`, title: { fr: `Guide ${i}` } })),
    glossary: [{ id: 'caf', term: { fr: 'CAF' } }],
    synonyms: { papiers: ['titre'] },
  } as unknown as ContentBundle;
}

describe('the content bundle in pieces', () => {
  it('comes back whole and in the same key order, a few guides per piece', async () => {
    const whole = bundle(2 * GUIDES_PER_PIECE + 1);
    const pieces = toPieces(whole);
    expect(pieces).toHaveLength(1 + 3); // the rest, then three pieces of guides
    let yields = 0;
    const back = await fromPieces(pieces, async () => {
      yields++;
    });
    expect(back).toEqual(whole);
    expect(JSON.stringify(back)).toBe(JSON.stringify(whole));
    expect(yields).toBe(pieces.length); // a task given back before each piece of guides and at the end
  });

  it('has one piece when there is no guide', async () => {
    const pieces = toPieces(bundle(0));
    expect(pieces).toHaveLength(1);
    expect(await fromPieces(pieces, async () => undefined)).toEqual(bundle(0));
  });
});
