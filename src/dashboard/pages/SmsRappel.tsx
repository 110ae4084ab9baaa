// « Envoyer un SMS de rappel » on a follow-up (issue 12): only for a person who agreed to be called
// back and to get SMS. The server queues it (once a day per person), sends it outside quiet hours,
// opening the contact only then to read the number (audited), and never shows the number here.
import { api } from '../api';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { useAction } from '../components/useAction';
import { formatDateTime, t } from '../i18n';

export function SmsRappel({ contactId, consentPurposes }: { contactId: string; consentPurposes: string[] }) {
  const action = useAction();
  if (!consentPurposes.includes('rappel') || !consentPurposes.includes('sms')) return null;
  const send = () =>
    action.run(
      () =>
        api.post<{ queued: boolean; sendsAt: string }>(
          `follow-ups/${encodeURIComponent(contactId)}/sms-rappel`,
          {},
        ),
      (r) =>
        r.queued
          ? t('coord.sms.rappel.queued', { when: formatDateTime(r.sendsAt) })
          : t('coord.sms.rappel.already'),
    );
  return (
    <div class="actions" data-testid="sms-rappel">
      <button type="button" disabled={action.busy} onClick={() => void send()}>
        {t('coord.sms.rappel')}
      </button>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </div>
  );
}
