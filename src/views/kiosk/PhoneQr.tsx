// « Continuer sur mon téléphone »: two QR codes made on the tablet, offline — the same guide at the
// same step on the centre's public address, and the official site.
import { useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { storedPublicUrl } from '../../kiosk/public-url';
import { spokenText } from '../../kiosk/spoken';
import type { Guide } from '../../shared/content';
import { phoneUrl } from '../../shared/guide-paths';
import { Modal } from './Modal';
import { GuideQrPair } from './QrCode';
import { ReadAloud } from './ReadAloud';

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
        <GuideQrPair guideUrl={url} officialUrl={guide.officialUrl} lang={language.value} testPrefix="qr" />
        <button type="button" class="button button-primary kiosk-button-big" onClick={() => setOpen(false)}>
          {t('action.close')}
        </button>
      </Modal>
    </>
  );
}
