// A guide on paper, drawn once for both places that print it: the kiosk in team mode
// (PrintScreen, from the tablet's content) and the dashboard (GuideHandout, from the server's
// published content). A4, large text, the pictures, the prerequisites as boxes to tick, and the two
// QR codes (this guide on a phone, the official site). The print style sheet (kiosk-print.css)
// leaves out the buttons and bars. Nothing here reads the kiosk's state or stores anything: the
// guide, the language and the public address come in, the words from handoutWords.
import type { ComponentChildren, Ref } from 'preact';
import { handoutWords } from '../../i18n/messages/handout';
import type { Guide } from '../../shared/content';
import { phoneUrl } from '../../shared/guide-paths';
import type { Language } from '../../shared/taxonomy';
import { GuideQrPair } from './QrCode';
import './kiosk-print.css';

export function Handout(props: {
  guide: Guide;
  lang: Language;
  /** The address a phone opens the guide on (the centre's public address). */
  publicUrl: string;
  /** Screen-only controls under the title (the kiosk's « Écouter »); never printed. */
  children?: ComponentChildren;
  titleRef?: Ref<HTMLHeadingElement>;
}) {
  const { guide, lang } = props;
  const words = handoutWords[lang];
  return (
    <article class="kiosk-handout" data-testid="handout">
      <button
        type="button"
        class="button button-primary kiosk-button-big kiosk-no-print"
        onClick={() => print()}
      >
        {words['kiosk.print.print']}
      </button>
      <h1 ref={props.titleRef} tabIndex={props.titleRef ? -1 : undefined}>
        {guide.title[lang]}
      </h1>
      {props.children && <div class="kiosk-no-print">{props.children}</div>}
      <p class="kiosk-handout-summary">{guide.summary[lang]}</p>
      <section aria-labelledby="handout-checklist">
        <h2 id="handout-checklist">{words['kiosk.print.checklist']}</h2>
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
        <h2 id="handout-steps">{words['kiosk.print.steps']}</h2>
        <ol class="kiosk-handout-steps">
          {guide.steps.map((s, i) => (
            <li key={i} data-testid="handout-step">
              <h3>{words['kiosk.print.step'].replace('{n}', String(i + 1))}</h3>
              <p>{s.text[lang]}</p>
              {s.image && <img src={s.image} alt={s.imageAlt?.[lang] ?? ''} class="kiosk-handout-image" />}
              {s.tip && (
                <p>
                  <strong>{words['kiosk.step.tip']} : </strong>
                  {s.tip[lang]}
                </p>
              )}
              {s.warning && (
                <p>
                  <strong>{words['kiosk.step.warning']} : </strong>
                  {s.warning[lang]}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <GuideQrPair
        guideUrl={phoneUrl(props.publicUrl, guide.id, 'intro')}
        officialUrl={guide.officialUrl}
        lang={lang}
        testPrefix="handout-qr"
      />
    </article>
  );
}
