// Reading a resident's card, only when they hand it over: the camera (where the tablet can read QR
// codes, through the same scanner as the setup screen) or the code typed. Calls onCard with the
// card's passId; a wrong code or another QR code gets a sentence, never a guess.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { parseTypedCode, passFromScan } from '../../../shared/pass';
import { canScanQr, type QrScan, startQrScan } from '../../setup/qr-scan';

export function CardReader({ id, onCard }: { id: string; onCard(passId: string): void }) {
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<'idle' | 'scanning' | 'denied' | 'notCard'>('idle');
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<QrScan | undefined>(undefined);

  useEffect(() => {
    void canScanQr().then(setSupported);
    return () => scan.current?.stop();
  }, []);

  async function start() {
    if (!video.current) return;
    setState('scanning');
    try {
      scan.current = await startQrScan(video.current, (text) => {
        const passId = passFromScan(text);
        if (!passId) return setState('notCard');
        setState('idle');
        onCard(passId);
      });
    } catch {
      setState('denied');
    }
  }

  function submit(e: Event) {
    e.preventDefault();
    const passId = parseTypedCode(typed);
    setWrong(!passId);
    if (passId) {
      setTyped('');
      onCard(passId);
    }
  }

  const inputId = `${id}-code`;
  return (
    <div class="skills-reader">
      {supported && (
        <div class="skills-scan">
          <button
            type="button"
            class="button"
            onClick={() => {
              if (state !== 'scanning') return void start();
              scan.current?.stop();
              setState('idle');
            }}
          >
            {t(state === 'scanning' ? 'skills.scan.stop' : 'skills.scan.start')}
          </button>
          <video
            ref={video}
            class="setup-video"
            hidden={state !== 'scanning'}
            aria-label={t('skills.scan.video')}
            muted
            playsInline
          />
        </div>
      )}
      <p role="status" class="team-field-hint">
        {state === 'scanning' && t('skills.scan.help')}
        {state === 'denied' && t('skills.scan.denied')}
        {state === 'notCard' && t('skills.scan.notCard')}
      </p>
      <form class="team-field" onSubmit={submit} noValidate>
        <label for={inputId}>{t('skills.card.typeLabel')}</label>
        <p class="team-field-hint" id={`${inputId}-hint`}>
          {t('skills.card.typeHint')}
        </p>
        <input
          id={inputId}
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={typed}
          aria-invalid={wrong || undefined}
          aria-describedby={`${inputId}-hint${wrong ? ` ${inputId}-error` : ''}`}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        {wrong && (
          <p class="field-error" id={`${inputId}-error`}>
            {t('skills.card.typeWrong')}
          </p>
        )}
        <button type="submit" class="button">
          {t('skills.card.typeSubmit')}
        </button>
      </form>
    </div>
  );
}
