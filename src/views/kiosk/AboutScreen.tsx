// « À propos »: the centre's name, what the borne is for, and its funders' block, as the centre
// wrote them on the dashboard (pulled with the centre). A tablet that is not enrolled (a phone
// that opened a guide from a QR code) shows the general text only.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { loadCentreAbout } from '../../kiosk/about';
import { spokenText } from '../../kiosk/spoken';
import type { CentreAbout } from '../../shared/reference';
import { ReadAloud } from './ReadAloud';

export function AboutScreen() {
  const [about, setAbout] = useState<(CentreAbout & { name?: string }) | undefined>(undefined);
  useEffect(() => {
    loadCentreAbout().then(setAbout, () => setAbout({}));
  }, []);
  const purpose = about?.purpose || t('kiosk.about.purpose');
  return (
    <article class="kiosk-about" data-testid="about">
      <h1>{t('kiosk.about.title')}</h1>
      <ReadAloud
        label={t('kiosk.read.screen')}
        text={spokenText([
          about?.name && t('kiosk.about.centre', { name: about.name }),
          purpose,
          about?.funders && `${t('kiosk.about.funders')} : ${about.funders}`,
        ])}
      />
      {about?.name && (
        <p class="kiosk-about-centre" data-testid="about-centre">
          {t('kiosk.about.centre', { name: about.name })}
        </p>
      )}
      <p class="kiosk-intro" lang={about?.purpose ? 'fr' : undefined}>
        {purpose}
      </p>
      {about?.funders && (
        <section class="card kiosk-funders" aria-labelledby="funders-title" data-testid="about-funders">
          <h2 id="funders-title">{t('kiosk.about.funders')}</h2>
          <p lang="fr" class="kiosk-funders-text">
            {about.funders}
          </p>
        </section>
      )}
    </article>
  );
}
