import { t } from '../../i18n';
import { content } from '../../kiosk/content';
import { KIOSK_HOME } from '../../kiosk/mode';
import { TILE_IDS, type TileId, visibleTiles } from '../../kiosk/tiles';
import { KioskLink } from './KioskLink';
import { TilePicture } from './TilePicture';

export function tileLabel(tile: TileId): string {
  return t(`kiosk.tile.${tile}`);
}

/**
 * The big theme tiles. They need no content to show (so they are usable at once); once the guides
 * are loaded, tiles without any guide are left out.
 */
export function ThemeTiles() {
  const bundle = content.value;
  const tiles = bundle ? visibleTiles(bundle.guides) : TILE_IDS;
  return (
    <section aria-labelledby="kiosk-tiles-title">
      <h2 id="kiosk-tiles-title" class="visually-hidden">
        {t('kiosk.tiles.label')}
      </h2>
      <ul class="kiosk-tiles" data-testid="kiosk-tiles">
        {tiles.map((tile) => (
          <li key={tile}>
            <KioskLink href={`${KIOSK_HOME}/theme/${tile}`} class="kiosk-tile" data-testid={`tile-${tile}`}>
              <TilePicture tile={tile} />
              <span class="kiosk-tile-label">{tileLabel(tile)}</span>
            </KioskLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
