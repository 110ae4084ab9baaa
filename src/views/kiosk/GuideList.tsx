import { language } from '../../i18n';
import { guidePath } from '../../kiosk/guide-session';
import type { Guide } from '../../shared/content';
import { KioskLink } from './KioskLink';

/** Guides as big cards: title and one-line summary. */
export function GuideList({ guides, testId }: { guides: Guide[]; testId?: string }) {
  const lang = language.value;
  return (
    <ul class="kiosk-guide-list" data-testid={testId}>
      {guides.map((guide) => (
        <li key={guide.id}>
          <KioskLink href={guidePath(guide.id)} class="kiosk-guide-card">
            <span class="kiosk-guide-card-title">{guide.title[lang]}</span>
            <span class="kiosk-guide-card-summary">{guide.summary[lang]}</span>
          </KioskLink>
        </li>
      ))}
    </ul>
  );
}
