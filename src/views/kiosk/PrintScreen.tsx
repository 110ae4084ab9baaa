// A guide on paper on the kiosk (/borne/imprimer/ID), from the tablet's own content, offline. For
// staff: in kiosk mode it is refused (staff leave kiosk mode with their PIN first). The handout
// itself (Handout.tsx) is the one the dashboard prints too; the kiosk adds its « Écouter ».

import { deviceSettings } from '../../device/settings-store';
import { language, t } from '../../i18n';
import { guidesById } from '../../kiosk/content';
import { storedPublicUrl } from '../../kiosk/public-url';
import { spokenText } from '../../kiosk/spoken';
import { ContentGate } from './ContentGate';
import { Handout } from './Handout';
import { ReadAloud } from './ReadAloud';

export function PrintScreen({ guideId }: { guideId: string }) {
  const lang = language.value;
  if (deviceSettings.value.kioskActive) {
    return (
      <p class="kiosk-message" role="alert" data-testid="print-refused">
        {t('kiosk.print.staffOnly')}
      </p>
    );
  }
  return (
    <ContentGate>
      {() => {
        const guide = guidesById.value.get(guideId);
        if (!guide) return <h1>{t('kiosk.guide.notFound')}</h1>;
        return (
          <Handout guide={guide} lang={lang} publicUrl={storedPublicUrl()}>
            <ReadAloud
              label={t('kiosk.read.this')}
              text={spokenText([
                guide.title[lang],
                guide.summary[lang],
                t('kiosk.print.checklist'),
                ...guide.prerequisites.map((p) => p[lang]),
              ])}
            />
          </Handout>
        );
      }}
    </ContentGate>
  );
}
