// A guide's two QR codes drawn in the browser, offline — the guide on a resident's phone, and the
// official site: the kiosk's « Continuer sur mon téléphone » and the printable handout (kiosk and
// dashboard) show them. The QR library loads only when a code is drawn (it is not part of the
// kiosk's first screens). Nothing of the kiosk's state: its words come from handoutWords.
import { useEffect, useRef, useState } from 'preact/hooks';
import { handoutWords } from '../../i18n/messages/handout';
import type { Language } from '../../shared/taxonomy';
import './kiosk-qr.css';

function QrCode(props: { text: string; label: string; testId: string; failedText: string }) {
  const { text, label, testId, failedText } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(async (qr) => {
        if (live && canvas.current) await qr.toCanvas(canvas.current, text, { width: 264, margin: 2 });
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <figure class="kiosk-qr">
      {failed ? (
        <p role="alert">{failedText}</p>
      ) : (
        <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} data-url={text} />
      )}
      <figcaption>
        {label}
        <span class="kiosk-qr-url" dir="ltr">
          {text}
        </span>
      </figcaption>
    </figure>
  );
}

/** The pair: `guideUrl` (this guide, at this place, on the public address) and the official site.
 *  Test ids are `${testPrefix}-guide` and `${testPrefix}-site`. */
export function GuideQrPair(props: {
  guideUrl: string;
  officialUrl: string;
  lang: Language;
  testPrefix: string;
}) {
  const words = handoutWords[props.lang];
  return (
    <div class="kiosk-qr-pair">
      <QrCode
        text={props.guideUrl}
        label={words['kiosk.phone.guide']}
        testId={`${props.testPrefix}-guide`}
        failedText={words['kiosk.phone.failed']}
      />
      <QrCode
        text={props.officialUrl}
        label={words['kiosk.phone.site']}
        testId={`${props.testPrefix}-site`}
        failedText={words['kiosk.phone.failed']}
      />
    </div>
  );
}
