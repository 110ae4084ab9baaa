import { language } from '../../i18n';
import { tileOfGuide } from '../../kiosk/tiles';
import type { Guide } from '../../shared/content';
import { guidePath } from '../../shared/guide-paths';
import { KioskLink } from './KioskLink';
import { TilePicture } from './TilePicture';
import './guides.css';

/** Guides as big cards: title and one-line summary; with `pictures`, the theme's pictogram beside. */
export function GuideList({
  guides,
  testId,
  pictures,
}: {
  guides: Guide[];
  testId?: string;
  pictures?: boolean;
}) {
  const lang = language.value;
  return (
    <ul class="kiosk-guide-list" data-testid={testId}>
      {guides.map((guide) => {
        const tile = pictures ? tileOfGuide(guide) : undefined;
        return (
          <li key={guide.id}>
            <KioskLink href={guidePath(guide.id)} class={`kiosk-guide-card${tile ? ' has-picture' : ''}`}>
              {tile && <TilePicture tile={tile} size={56} />}
              <span class="kiosk-guide-card-words">
                <span class="kiosk-guide-card-title">{guide.title[lang]}</span>
                <span class="kiosk-guide-card-summary">{guide.summary[lang]}</span>
              </span>
            </KioskLink>
          </li>
        );
      })}
    </ul>
  );
}
