import { useEffect, useRef, useState } from 'preact/hooks';
import { codeFromScan, formatCode } from '../../device/enrol-code';
import { t } from '../../i18n';
import { canScanQr, type QrScan, startQrScan } from './qr-scan';

/** The camera button where the tablet can read QR codes; otherwise one sentence: type the code. */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const [supported, setSupported] = useState<boolean | undefined>(undefined);
  const [state, setState] = useState<'idle' | 'scanning' | 'denied' | 'found'>('idle');
  const [found, setFound] = useState('');
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
        const code = codeFromScan(text);
        if (!code) return setState('idle');
        setFound(formatCode(code));
        setState('found');
        onCode(code);
      });
    } catch {
      setState('denied');
    }
  }

  function stop() {
    scan.current?.stop();
    setState('idle');
  }

  if (supported === undefined) return null;
  if (!supported) return <p class="setup-note">{t('setup.scan.unavailable')}</p>;
  return (
    <div class="setup-scan">
      {state === 'scanning' ? (
        <button type="button" class="button" onClick={stop}>
          {t('setup.scan.stop')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => void start()}>
          {t('setup.scan.start')}
        </button>
      )}
      <video
        ref={video}
        class="setup-video"
        hidden={state !== 'scanning'}
        aria-label={t('setup.scan.video')}
        muted
        playsInline
      />
      <p role="status" class="setup-note">
        {state === 'scanning' && t('setup.scan.help')}
        {state === 'denied' && t('setup.scan.denied')}
        {state === 'found' && t('setup.scan.found', { code: found })}
      </p>
    </div>
  );
}
