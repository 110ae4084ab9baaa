/** An arrow pointing forward in the reading direction (it flips in Arabic, see kiosk.css). */
export function Arrow({ back = false }: { back?: boolean }) {
  return (
    <svg
      class={`kiosk-arrow ${back ? 'kiosk-arrow-back' : ''}`}
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
    >
      <path
        d="M4 12h15M13 5l7 7-7 7"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
      />
    </svg>
  );
}
