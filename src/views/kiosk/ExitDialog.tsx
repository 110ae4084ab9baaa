import { useEffect, useState } from 'preact/hooks';
import { applyTeamLanguage } from '../../app/team-language';
import { PIN_PATTERN } from '../../crypto/pin-pattern';
import { t } from '../../i18n';
import { exitWithPin } from '../../kiosk/exit';
import { kioskExitNeedsPin } from '../../kiosk/mode';
import { clearKioskState } from '../../kiosk/reset';
import { exitDialogOpen } from '../../kiosk/state';
import { Modal } from './Modal';

/** Staff leave kiosk mode with their PIN (or the team PIN of the settings). */
export function ExitDialog() {
  const open = exitDialogOpen.value;
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [needsPin, setNeedsPin] = useState(true);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setPin('');
    setError(undefined);
    if (open) void kioskExitNeedsPin().then(setNeedsPin);
  }, [open]);
  const close = () => {
    exitDialogOpen.value = false;
  };

  async function submit(e: Event) {
    e.preventDefault();
    if (needsPin && !PIN_PATTERN.test(pin)) {
      setError(t('kiosk.exit.format'));
      return;
    }
    setBusy(true);
    const result = await exitWithPin(pin).catch(() => undefined);
    setBusy(false);
    setPin('');
    if (!result) return setError(t('error.generic'));
    if (!result.ok) {
      return setError(
        result.reason === 'locked'
          ? t('kiosk.exit.locked', { minutes: Math.ceil(result.remainingMs / 60_000) })
          : t('kiosk.exit.wrong'),
      );
    }
    // The next screen is the team's: nothing of the resident's visit goes with it.
    clearKioskState();
    applyTeamLanguage();
  }

  return (
    <Modal open={open} onClose={close} labelledBy="exit-title" testId="exit-dialog">
      <form onSubmit={submit} class="kiosk-exit-form">
        <h2 id="exit-title">{t('kiosk.exit.title')}</h2>
        <p>{t('kiosk.exit.text')}</p>
        {needsPin ? (
          <>
            <label for="exit-pin">{t('kiosk.exit.pin')}</label>
            <input
              id="exit-pin"
              type="password"
              inputMode="numeric"
              autocomplete="off"
              maxLength={6}
              value={pin}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'exit-error' : undefined}
              onInput={(e) => setPin(e.currentTarget.value)}
              autofocus
            />
          </>
        ) : (
          <p>{t('kiosk.exit.noPin')}</p>
        )}
        {error && (
          <p id="exit-error" class="field-error" role="alert">
            {error}
          </p>
        )}
        <div class="kiosk-dialog-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('kiosk.exit.confirm')}
          </button>
          <button type="button" class="button" onClick={close}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
