// Five faces from very sad to very happy, so a resident can answer without reading.
const MOUTHS = [
  'M20 46q12-12 24 0', // very sad
  'M22 44q10-6 20 0',
  'M22 42h20',
  'M22 40q10 6 20 0',
  'M19 38q13 14 26 0', // very happy
];
const COLOURS = ['#f4a3a3', '#f8c79a', '#f5e08a', '#bfe3a1', '#8fd18f'];

export function Face({ rating }: { rating: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg viewBox="0 0 64 64" width="72" height="72" aria-hidden="true" class="kiosk-face">
      <circle cx="32" cy="32" r="29" fill={COLOURS[rating - 1]} stroke="#1a1a1a" stroke-width="3" />
      <circle cx="23" cy="25" r="3.5" fill="#1a1a1a" />
      <circle cx="41" cy="25" r="3.5" fill="#1a1a1a" />
      <path d={MOUTHS[rating - 1]} fill="none" stroke="#1a1a1a" stroke-width="3.5" stroke-linecap="round" />
    </svg>
  );
}
