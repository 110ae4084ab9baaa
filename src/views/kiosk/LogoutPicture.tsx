// The usual logout button at the top of an official site, drawn so a resident knows what to look
// for: a page header, a person, and a button with a door and an arrow. The caption says the same.
import { t } from '../../i18n';

export function LogoutPicture() {
  const label = t('kiosk.logout.button');
  return (
    <figure class="kiosk-logout-picture">
      <svg viewBox="0 0 320 120" role="img" aria-labelledby="logout-picture-caption" class="kiosk-logout-svg">
        <rect x="2" y="2" width="316" height="116" rx="10" fill="#fff" stroke="#1a1a1a" stroke-width="3" />
        <rect x="2" y="2" width="316" height="30" rx="10" fill="#e8f1f8" stroke="#1a1a1a" stroke-width="3" />
        <circle cx="24" cy="17" r="6" fill="#1a1a1a" />
        <rect x="40" y="46" width="120" height="10" rx="5" fill="#d0d7de" />
        <rect x="40" y="66" width="90" height="10" rx="5" fill="#d0d7de" />
        <g transform="translate(146 44)">
          <rect width="160" height="52" rx="10" fill="#0b5394" />
          <path d="M14 12h16v28H14z" fill="none" stroke="#fff" stroke-width="3" />
          <path
            d="M26 26h22M40 18l8 8-8 8"
            fill="none"
            stroke="#fff"
            stroke-width="3"
            stroke-linecap="round"
          />
          <text x="104" y="31" font-size="12" font-weight="700" fill="#fff" text-anchor="middle">
            {label}
          </text>
        </g>
      </svg>
      <figcaption id="logout-picture-caption">{t('kiosk.logout.picture', { button: label })}</figcaption>
    </figure>
  );
}
