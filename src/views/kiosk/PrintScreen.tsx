// A guide on paper (/borne/imprimer/ID): A4, large text, the pictures, the prerequisites as boxes
// to tick, and the two QR codes (this guide on a phone, the official site). For staff: in kiosk
// mode it is refused (staff leave kiosk mode with their PIN first); the dashboard links here too.
// The print style sheet (kiosk-print.css) leaves out the bars and buttons.

import { deviceSettings } from '../../device/settings-store';
import { language, t } from '../../i18n';
import { guidesById } from '../../kiosk/content';
import { phoneUrl, storedPublicUrl } from '../../kiosk/public-url';
import { spokenText } from '../../kiosk/spoken';
import { ContentGate } from './ContentGate';
import { QrCode } from './PhoneQr';
import { ReadAloud } from './ReadAloud';
import './kiosk-print.css';

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
          <article class="kiosk-handout" data-testid="handout">
            <button
              type="button"
              class="button button-primary kiosk-button-big kiosk-no-print"
              onClick={() => print()}
            >
              {t('kiosk.print.print')}
            </button>
            <h1>{guide.title[lang]}</h1>
            <div class="kiosk-no-print">
              <ReadAloud
                label={t('kiosk.read.this')}
                text={spokenText([
                  guide.title[lang],
                  guide.summary[lang],
                  t('kiosk.print.checklist'),
                  ...guide.prerequisites.map((p) => p[lang]),
                ])}
              />
            </div>
            <p class="kiosk-handout-summary">{guide.summary[lang]}</p>
            <section aria-labelledby="handout-checklist">
              <h2 id="handout-checklist">{t('kiosk.print.checklist')}</h2>
              <ul class="kiosk-handout-checklist">
                {guide.prerequisites.map((p) => (
                  <li key={p.fr}>
                    <span class="kiosk-handout-box" aria-hidden="true" />
                    {p[lang]}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="handout-steps">
              <h2 id="handout-steps">{t('kiosk.print.steps')}</h2>
              <ol class="kiosk-handout-steps">
                {guide.steps.map((s, i) => (
                  <li key={i} data-testid="handout-step">
                    <h3>{t('kiosk.print.step', { n: i + 1 })}</h3>
                    <p>{s.text[lang]}</p>
                    {s.image && (
                      <img src={s.image} alt={s.imageAlt?.[lang] ?? ''} class="kiosk-handout-image" />
                    )}
                    {s.tip && (
                      <p>
                        <strong>{t('kiosk.step.tip')} : </strong>
                        {s.tip[lang]}
                      </p>
                    )}
                    {s.warning && (
                      <p>
                        <strong>{t('kiosk.step.warning')} : </strong>
                        {s.warning[lang]}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
            <div class="kiosk-qr-pair">
              <QrCode
                text={phoneUrl(storedPublicUrl(), guide.id, 'intro')}
                label={t('kiosk.phone.guide')}
                testId="handout-qr-guide"
              />
              <QrCode text={guide.officialUrl} label={t('kiosk.phone.site')} testId="handout-qr-site" />
            </div>
          </article>
        );
      }}
    </ContentGate>
  );
}
