// Personal data is opened only on an explicit click: each opening is written to the audit log by
// the server. Nothing is kept after the page is left (component state only, never storage).
import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { label, t } from '../i18n';
import type { OpenedContact } from '../types';
import { ErrorMessage } from './Messages';

export function ContactReveal({ contactId }: { contactId: string }) {
  const [contact, setContact] = useState<OpenedContact>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setContact(await api.get<OpenedContact>(`contacts/${encodeURIComponent(contactId)}`));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (!contact) {
    return (
      <div>
        <button type="button" onClick={open} disabled={busy} aria-describedby={`reveal-${contactId}-hint`}>
          {t('coord.followups.reveal')}
        </button>
        <p class="hint" id={`reveal-${contactId}-hint`}>
          {t('coord.followups.revealHint')}
        </p>
        <ErrorMessage text={error} />
      </div>
    );
  }
  const p = contact.personal;
  return (
    <div class="preview" data-testid="contact-details">
      <dl class="details">
        <dt>{t('coord.followups.name')}</dt>
        <dd>{[p.firstName, p.lastName].filter(Boolean).join(' ')}</dd>
        <dt>{t('coord.followups.phone')}</dt>
        <dd dir="ltr">{p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : t('coord.none')}</dd>
        <dt>{t('coord.followups.email')}</dt>
        <dd dir="ltr">{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : t('coord.none')}</dd>
        <dt>{t('coord.followups.language')}</dt>
        <dd>{label('language', p.language)}</dd>
        <dt>{t('coord.followups.channel')}</dt>
        <dd>{label('channel', p.preferredChannel)}</dd>
      </dl>
      <button type="button" onClick={() => setContact(undefined)}>
        {t('coord.followups.hide')}
      </button>
    </div>
  );
}
