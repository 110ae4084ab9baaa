// « Continuer sur mon téléphone »: two QR codes made on the tablet, offline — the same guide at the
// same step on the centre's public address, and the official site. The QR library loads only
// when a resident asks (it is not part of the kiosk's first screens).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { phoneUrl, storedPublicUrl } from '../../kiosk/public-url';
import { spokenText } from '../../kiosk/spoken';
import type { Guide } from '../../shared/content';
import { Modal } from './Modal';
import { ReadAloud } from './ReadAloud';

export function QrCode({ text, label, testId }: { text: string; label: string; testId: string }) {
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
        <p role="alert">{t('kiosk.phone.failed')}</p>
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

export function PhoneQrButton({ guide, place }: { guide: Guide; place: 'intro' | 'end' | number }) {
  const [open, setOpen] = useState(false);
  const url = phoneUrl(storedPublicUrl(), guide.id, place);
  return (
    <>
      <button
        type="button"
        class="button kiosk-phone-button"
        onClick={() => setOpen(true)}
        data-testid="phone-qr"
      >
        {t('kiosk.phone.button')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="phone-title" testId="phone-dialog">
        <h2 id="phone-title">{t('kiosk.phone.title')}</h2>
        <p>{t('kiosk.phone.text')}</p>
        <ReadAloud
          label={t('kiosk.read.this')}
          text={spokenText([t('kiosk.phone.title'), t('kiosk.phone.text')])}
        />
        <div class="kiosk-qr-pair">
          <QrCode text={url} label={t('kiosk.phone.guide')} testId="qr-guide" />
          <QrCode text={guide.officialUrl} label={t('kiosk.phone.site')} testId="qr-site" />
        </div>
        <button type="button" class="button button-primary kiosk-button-big" onClick={() => setOpen(false)}>
          {t('action.close')}
        </button>
      </Modal>
    </>
  );
}
