import { useState } from 'preact/hooks';
import { PIN_PATTERN } from '../../crypto/pin';
import { deviceSettings, updateSetting } from '../../device/settings-store';
import { t } from '../../i18n';
import { enterKioskMode, kioskExitNeedsPin } from '../../kiosk/mode';
import { setTeamPin } from '../../kiosk/team-pin';

const IDLE_MIN = 5;
const IDLE_MAX = 3600;

/** Kiosk mode settings: inactivity time, the team PIN, and the switch into kiosk mode. */
export function KioskSettings() {
  return (
    <section aria-labelledby="kiosk-settings-title" class="card">
      <h2 id="kiosk-settings-title">{t('kiosk.settings.title')}</h2>
      <IdleForm />
      <TeamPinForm />
      <StartKiosk />
    </section>
  );
}

function IdleForm() {
  const [value, setValue] = useState(String(deviceSettings.value.kioskIdleSeconds));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const seconds = Number(value.trim());
        if (!Number.isInteger(seconds) || seconds < IDLE_MIN || seconds > IDLE_MAX) {
          setMessage({ ok: false, text: t('kiosk.settings.idleError') });
          return;
        }
        await updateSetting('kioskIdleSeconds', seconds);
        setMessage({ ok: true, text: t('kiosk.settings.saved') });
      }}
    >
      <label for="kiosk-idle">{t('kiosk.settings.idle')}</label>
      <p id="kiosk-idle-hint">{t('kiosk.settings.idleHint')}</p>
      <input
        id="kiosk-idle"
        type="text"
        inputMode="numeric"
        value={value}
        aria-describedby={message && !message.ok ? 'kiosk-idle-hint kiosk-idle-msg' : 'kiosk-idle-hint'}
        aria-invalid={message && !message.ok ? true : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />{' '}
      <button type="submit" class="button">
        {t('kiosk.settings.idleSave')}
      </button>
      {message && (
        <p id="kiosk-idle-msg" role={message.ok ? 'status' : 'alert'} class={message.ok ? '' : 'field-error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

function TeamPinForm() {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (!PIN_PATTERN.test(pin)) return setMessage({ ok: false, text: t('kiosk.settings.pinFormat') });
        if (pin !== confirm) return setMessage({ ok: false, text: t('kiosk.settings.pinMismatch') });
        setBusy(true);
        try {
          await setTeamPin(pin);
          setPin('');
          setConfirm('');
          setMessage({ ok: true, text: t('kiosk.settings.saved') });
        } catch {
          setMessage({ ok: false, text: t('error.generic') });
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{t('kiosk.settings.pinTitle')}</h3>
      <p>{t('kiosk.settings.pinHint')}</p>
      <p data-testid="team-pin-state">
        {deviceSettings.value.teamPinVerifier ? t('kiosk.settings.pinSet') : t('kiosk.settings.pinNotSet')}
      </p>
      <label for="team-pin">{t('kiosk.settings.pinNew')}</label>
      <input
        id="team-pin"
        type="password"
        inputMode="numeric"
        autocomplete="new-password"
        maxLength={6}
        value={pin}
        onInput={(e) => setPin(e.currentTarget.value)}
      />
      <label for="team-pin-confirm">{t('kiosk.settings.pinConfirm')}</label>
      <input
        id="team-pin-confirm"
        type="password"
        inputMode="numeric"
        autocomplete="new-password"
        maxLength={6}
        value={confirm}
        onInput={(e) => setConfirm(e.currentTarget.value)}
      />{' '}
      <button type="submit" class="button" disabled={busy}>
        {t('kiosk.settings.pinSave')}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? '' : 'field-error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

function StartKiosk() {
  const [blocked, setBlocked] = useState(false);
  return (
    <div>
      <p>{t('kiosk.settings.startHint')}</p>
      <button
        type="button"
        class="button button-primary"
        onClick={async () => {
          // Never lock a tablet into kiosk mode with no PIN that could let staff out.
          if (!(await kioskExitNeedsPin())) return setBlocked(true);
          await enterKioskMode();
        }}
      >
        {t('kiosk.settings.start')}
      </button>
      {blocked && (
        <p role="alert" class="field-error">
          {t('kiosk.settings.needPin')}
        </p>
      )}
    </div>
  );
}
