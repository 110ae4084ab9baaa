import { t } from '../../i18n';
import { content } from '../../kiosk/content';
import { guidesOfTile, type TileId } from '../../kiosk/tiles';
import { ContentGate } from './ContentGate';
import { GuideList } from './GuideList';
import { tileLabel } from './ThemeTiles';
import { TilePicture } from './TilePicture';

/** One theme's guides, one tap from the kiosk home. */
export function ThemeGuides({ tile }: { tile: TileId }) {
  return (
    <>
      <h1 class="kiosk-theme-title">
        <TilePicture tile={tile} size={64} />
        {tileLabel(tile)}
      </h1>
      <ContentGate>
        {() => {
          const guides = guidesOfTile(tile, content.value!.guides);
          return guides.length > 0 ? (
            <GuideList guides={guides} testId="theme-guides" />
          ) : (
            <p class="kiosk-message">{t('kiosk.theme.empty')}</p>
          );
        }}
      </ContentGate>
    </>
  );
}
