import { useRef, useState } from 'preact/hooks';
import { looksLikeCode, normaliseCode } from '../../device/enrol-code';
import { EnrolFailure, type EnrolFailureKind, enrolWithCode } from '../../device/enrol-request';
import type { Enrolment } from '../../device/enrolment';
import { type MessageKey, t } from '../../i18n';
import { LIMITS } from '../../shared/limits';
import { QrScanner } from './QrScanner';

type FormError = EnrolFailureKind | 'shape';

const ERROR_KEYS: Record<FormError, MessageKey> = {
  shape: 'setup.error.shape',
  mistyped: 'setup.error.mistyped',
  used: 'setup.error.used',
  expired: 'setup.error.expired',
  name: 'setup.error.name',
  offline: 'setup.error.offline',
  unreachable: 'setup.error.unreachable',
  tooMany: 'setup.error.tooMany',
  server: 'setup.error.server',
  otherCentre: 'setup.error.otherCentre',
};

/** The code (typed or scanned) and the tablet's name; calls `onEnrolled` once the server agreed. */
export function EnrolForm({
  initialCode,
  onEnrolled,
  previous,
}: {
  initialCode: string;
  onEnrolled: (enrolment: Enrolment & { epoch?: string }) => Promise<void>;
  /** Enrolling again a tablet the server no longer knows: it keeps its id and its records. */
  previous?: Enrolment;
}) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(previous?.deviceName ?? '');
  const [error, setError] = useState<FormError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const codeError =
    error === 'shape' ||
    error === 'mistyped' ||
    error === 'used' ||
    error === 'expired' ||
    error === 'otherCentre';
  const nameError = error === 'name';

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const normalised = normaliseCode(code);
    const deviceName = name.trim();
    if (!looksLikeCode(normalised)) {
      setError('shape');
      codeInput.current?.focus();
      return;
    }
    if (!deviceName || deviceName.length > LIMITS.name) {
      setError('name');
      nameInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const enrolment = await enrolWithCode((input, init) => fetch(input, init), {
        code: normalised,
        deviceName,
        ...(previous ? { previous: { deviceId: previous.deviceId, centreId: previous.centre.id } } : {}),
      });
      await onEnrolled(enrolment);
    } catch (err) {
      setError(err instanceof EnrolFailure ? err.kind : 'server');
      setBusy(false);
    }
  }

  return (
    <form class="setup-form card" onSubmit={(e) => void submit(e)} noValidate>
      <label for="setup-code">{t('setup.code.label')}</label>
      <p id="setup-code-hint" class="setup-hint">
        {t('setup.code.hint')}
      </p>
      <input
        id="setup-code"
        ref={codeInput}
        class="setup-code-input"
        value={code}
        onInput={(e) => setCode(e.currentTarget.value)}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={LIMITS.enrolCode}
        aria-describedby={codeError ? 'setup-code-hint setup-error' : 'setup-code-hint'}
        aria-invalid={codeError}
      />
      <QrScanner onCode={(scanned) => setCode(scanned)} />

      <label for="setup-name">{t('setup.name.label')}</label>
      <p id="setup-name-hint" class="setup-hint">
        {t('setup.name.hint')}
      </p>
      <input
        id="setup-name"
        ref={nameInput}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        autocomplete="off"
        maxLength={LIMITS.name}
        aria-describedby={nameError ? 'setup-name-hint setup-error' : 'setup-name-hint'}
        aria-invalid={nameError}
      />

      <div role="alert" id="setup-error" class="field-error">
        {error && t(ERROR_KEYS[error])}
      </div>
      <button type="submit" class="button button-primary setup-submit" disabled={busy}>
        {busy ? t('setup.working') : t('setup.submit')}
      </button>
    </form>
  );
}
