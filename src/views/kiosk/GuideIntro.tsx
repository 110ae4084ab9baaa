import { useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { spokenText } from '../../kiosk/spoken';
import type { Guide } from '../../shared/content';
import { guidePath } from '../../shared/guide-paths';
import { Arrow } from './Arrow';
import { KioskLink } from './KioskLink';
import { OfficialSite } from './OfficialSite';
import { PhoneQrButton } from './PhoneQr';
import { PrintLink } from './PrintLink';
import { ReadAloud } from './ReadAloud';

/** A guide's first screen: « Écouter », what it is for, and what to have at hand before starting. */
export function GuideIntro({ guide }: { guide: Guide }) {
  const lang = language.value;
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const spoken = spokenText([
    guide.title[lang],
    guide.summary[lang],
    t('kiosk.guide.stepCount', { count: guide.steps.length }),
    t('kiosk.guide.checklist'),
    ...guide.prerequisites.map((p) => p[lang]),
  ]);
  return (
    <article class="kiosk-guide-intro">
      <h1>{guide.title[lang]}</h1>
      <div class="kiosk-step-tools">
        <ReadAloud text={spoken} guideId={guide.id} step={0} label={t('kiosk.guide.listen')} />
        <PhoneQrButton guide={guide} place="intro" />
        <PrintLink guide={guide} />
      </div>
      <p class="kiosk-guide-summary">{guide.summary[lang]}</p>
      <p class="kiosk-guide-steps-count">{t('kiosk.guide.stepCount', { count: guide.steps.length })}</p>
      <section class="card kiosk-checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('kiosk.guide.checklist')}</h2>
        <p>{t('kiosk.guide.checklistHint')}</p>
        <ul class="kiosk-checklist-items">
          {guide.prerequisites.map((item, i) => (
            <li key={item.fr}>
              <label class="kiosk-check">
                <input
                  type="checkbox"
                  checked={ticked.has(i)}
                  onChange={() => {
                    const next = new Set(ticked);
                    if (!next.delete(i)) next.add(i);
                    setTicked(next);
                  }}
                />
                <span>{item[lang]}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <div class="kiosk-guide-actions">
        <KioskLink
          href={guidePath(guide.id, 1)}
          class="button button-primary kiosk-button-big"
          data-testid="guide-start"
        >
          {t('kiosk.guide.start')}
          <Arrow />
        </KioskLink>
        <OfficialSite url={guide.officialUrl} />
      </div>
    </article>
  );
}
