// The theme tiles' pictograms (drawn for the project, no text), inline in the page: as `<img>`
// files each was one more request and one more SVG document on the kiosk's cold start, before the
// tiles could settle. Decorative: the tile's label beside each says the same.
import type { TileId } from '../../kiosk/tiles';

/** Functions, so each picture on a screen gets its own elements (several cards may show one tile). */
const PATHS: Record<TileId, () => preact.JSX.Element> = {
  famille: () => (
    <>
      <circle cx="20" cy="14" r="6" fill="#d6e4f0" />
      <circle cx="44" cy="14" r="6" fill="#d6e4f0" />
      <circle cx="32" cy="34" r="4.5" fill="#f5d7a8" />
      <path d="M10 56V34a10 10 0 0 1 20 0v6M54 56V34a10 10 0 0 0-20 0v6" />
      <path d="M25 58v-8a7 7 0 0 1 14 0v8" />
    </>
  ),
  sante: () => (
    <>
      <path d="M32 56S8 42 8 24a12 12 0 0 1 24-4 12 12 0 0 1 24 4c0 18-24 32-24 32z" fill="#f8d4d4" />
      <path d="M32 24v16M24 32h16" stroke="#a01919" stroke-width="5" />
    </>
  ),
  papiers: () => (
    <>
      <rect x="6" y="14" width="52" height="36" rx="5" fill="#d6e4f0" />
      <circle cx="22" cy="28" r="6" fill="#fff" />
      <path d="M13 43a9 9 0 0 1 18 0M38 26h13M38 34h13M38 42h8" />
    </>
  ),
  argent: () => (
    <>
      <ellipse cx="26" cy="46" rx="16" ry="6" fill="#f5d7a8" />
      <path d="M10 46v-8c0 3.3 7.2 6 16 6s16-2.7 16-6v8" />
      <ellipse cx="26" cy="38" rx="16" ry="6" fill="#f5d7a8" />
      <rect x="34" y="10" width="24" height="30" rx="3" fill="#fff" />
      <path d="M40 18h12M40 25h12M40 32h7" />
    </>
  ),
  emploi: () => (
    <>
      <rect x="8" y="20" width="48" height="34" rx="5" fill="#d6e4f0" />
      <path d="M24 20v-6a4 4 0 0 1 4-4h8a4 4 0 0 1 4 4v6M8 34h48" />
      <rect x="28" y="30" width="8" height="8" rx="2" fill="#fff" />
    </>
  ),
  retraite: () => (
    <>
      <circle cx="28" cy="12" r="6" fill="#d6e4f0" />
      <path d="M28 20c-4 4-6 10-6 16v4M22 40l-4 16M24 40l8 16M28 24l10 8" />
      <path d="M42 30v26" stroke-width="4" />
      <path d="M42 30a4 4 0 0 0-8 0" />
    </>
  ),
  logement: () => (
    <>
      <path d="M8 30 32 10l24 20" />
      <path d="M14 26v28h36V26" fill="#d6e4f0" />
      <path d="M34 30l-7 11h9l-6 11" stroke="#b9770e" stroke-width="4" fill="none" />
    </>
  ),
  internet: () => (
    <>
      <rect x="6" y="14" width="52" height="36" rx="5" fill="#d6e4f0" />
      <path d="m8 17 24 18 24-18" />
      <circle cx="50" cy="46" r="10" fill="#fff" />
      <path d="M40 46h20M50 36c-4 5-4 15 0 20M50 36c4 5 4 15 0 20" />
    </>
  ),
};

/** Pictogram of a tile, at `size` CSS pixels (the stylesheet scales it with the text). */
export function TilePicture({ tile, size = 96 }: { tile: TileId; size?: number }) {
  return (
    <svg
      viewBox="0 0 64 64"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      class="kiosk-tile-picture"
      data-tile={tile}
      fill="none"
      stroke="#1b4f72"
      stroke-width="3.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {PATHS[tile]()}
    </svg>
  );
}
