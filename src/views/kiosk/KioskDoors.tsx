// The kiosk home's other doors, under the theme tiles: « Où aller ? », « Les activités du centre »
// and « À propos »; and the home's « Écouter », which reads the page and the tiles' names.
import { t } from '../../i18n';
import { content } from '../../kiosk/content';
import { KIOSK_HOME } from '../../kiosk/mode';
import { spokenText } from '../../kiosk/spoken';
import { TILE_IDS, visibleTiles } from '../../kiosk/tiles';
import { CalendarIcon, PlaceIcon } from './Icons';
import { KioskLink } from './KioskLink';
import { ReadAloud } from './ReadAloud';
import { tileLabel } from './ThemeTiles';

export function HomeListen() {
  const bundle = content.value;
  const tiles = bundle ? visibleTiles(bundle.guides) : TILE_IDS;
  return (
    <ReadAloud
      label={t('kiosk.home.listen')}
      text={spokenText([
        t('kiosk.home.title'),
        t('kiosk.home.intro'),
        ...tiles.map(tileLabel),
        t('kiosk.nav.places'),
        t('kiosk.nav.activities'),
      ])}
    />
  );
}

export function KioskDoors() {
  return (
    <nav class="kiosk-doors" aria-label={t('kiosk.nav.label')}>
      <KioskLink href={`${KIOSK_HOME}/ou-aller`} class="button kiosk-door" data-testid="home-places">
        <PlaceIcon />
        {t('kiosk.nav.places')}
      </KioskLink>
      <KioskLink href={`${KIOSK_HOME}/activites`} class="button kiosk-door" data-testid="home-activities">
        <CalendarIcon />
        {t('kiosk.nav.activities')}
      </KioskLink>
      <KioskLink href={`${KIOSK_HOME}/a-propos`} class="button kiosk-door" data-testid="home-about">
        {t('kiosk.nav.about')}
      </KioskLink>
    </nav>
  );
}
