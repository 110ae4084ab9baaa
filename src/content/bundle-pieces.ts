// The content bundle crosses from the content worker to the page as JSON in pieces: the page's
// one JSON.parse of the whole 370 KB bundle (and the garbage collection it set off) was the last
// long task of a kiosk's cold start at a slow tablet's speed, the one Lighthouse's TTI waited
// for. In pieces, the page parses a few guides per task and the browser answers taps between them.
import type { ContentBundle, Guide } from '../shared/content';

/** About 40 KB of JSON a piece with today's guides. */
export const GUIDES_PER_PIECE = 5;

/** The bundle without its guides (glossary, synonyms…), then its guides a few at a time. */
export function toPieces(bundle: ContentBundle): Uint8Array[] {
  const encoder = new TextEncoder();
  // `guides: []` keeps the key where it was, so the bundle comes back in the same order.
  const pieces = [encoder.encode(JSON.stringify({ ...bundle, guides: [] }))];
  for (let i = 0; i < bundle.guides.length; i += GUIDES_PER_PIECE) {
    pieces.push(encoder.encode(JSON.stringify(bundle.guides.slice(i, i + GUIDES_PER_PIECE))));
  }
  return pieces;
}

/** The bundle again; `between()` is awaited before each piece of guides and at the end (a new task). */
export async function fromPieces(
  pieces: readonly Uint8Array[],
  between: () => Promise<void>,
): Promise<ContentBundle> {
  const decoder = new TextDecoder();
  const [rest, ...guidePieces] = pieces;
  if (!rest) throw new Error('Le contenu reçu est vide.');
  const bundle = JSON.parse(decoder.decode(rest)) as ContentBundle;
  const guides: Guide[] = [];
  for (const piece of guidePieces) {
    await between();
    guides.push(...(JSON.parse(decoder.decode(piece)) as Guide[]));
  }
  await between();
  bundle.guides = guides;
  return bundle;
}
