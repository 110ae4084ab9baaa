// « J'ai besoin d'une personne »: the whole screen says, calmly and aloud, that a worker is coming.
import { useEffect } from 'preact/hooks';
import { language, t } from '../../i18n';
import { spokenText } from '../../kiosk/spoken';
import { helpOpen } from '../../kiosk/state';
import { speak } from '../../platform/speech';
import { PersonIcon } from './Icons';
import { Modal } from './Modal';
import { ReadAloud } from './ReadAloud';

export function HelpScreen() {
  const open = helpOpen.value;
  const lang = language.value;
  const text = spokenText([t('kiosk.help.title'), t('kiosk.help.text')]);
  // Read at once: the person asking may not read at all.
  useEffect(() => {
    if (open) speak(text, lang);
  }, [open, lang]);
  const close = () => {
    helpOpen.value = false;
  };
  return (
    <Modal open={open} onClose={close} labelledBy="help-title" class="kiosk-fullscreen" testId="help-screen">
      <PersonIcon size={96} />
      <h2 id="help-title">{t('kiosk.help.title')}</h2>
      <p class="kiosk-fullscreen-text">{t('kiosk.help.text')}</p>
      <ReadAloud text={text} label={t('kiosk.read.again')} />
      <button type="button" class="button button-primary kiosk-button-big" onClick={close} autofocus>
        {t('kiosk.help.close')}
      </button>
    </Modal>
  );
}
