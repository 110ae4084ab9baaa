// The encounter's contact: "Contact enregistré (chiffré)" and what the person agreed to (the only
// readable part), or the button to open the consent and contact form.
import { currentPath, navigate } from '../../../app/router';
import { getDb } from '../../../db/database';
import { type MessageKey, t } from '../../../i18n';
import { Picto } from '../icons';
import { useLive } from '../useLive';
import type { FieldsProps } from './QuickFields';

/** `locked`: the encounter was sent; its sealed contact is the server's and cannot change. */
export function ContactLink({
  form,
  update,
  errors,
  locked,
}: FieldsProps & { locked?: boolean | undefined }) {
  const contact = useLive(
    async () => (form.contactId ? ((await getDb().contacts.get(form.contactId)) ?? null) : null),
    [form.contactId],
  );
  if (form.contactId && contact === undefined) return null;
  // A contact the server already has may be gone from the tablet: it stays linked, sealed.
  if (form.contactId)
    return (
      <div class="team-contact-link" data-testid="contact-link">
        <p class="team-contact-sealed">
          <Picto name="sealed" />
          <strong>{t('agent.contact.saved')}</strong>
        </p>
        {contact && (
          <p>
            {t('agent.contact.agreed', {
              list: contact.consentPurposes.map((p) => t(`agent.purpose.${p}`)).join(', '),
            })}
          </p>
        )}
        {locked ? (
          <p class="team-field-hint">{t('agent.encounter.contactLocked')}</p>
        ) : (
          <button type="button" class="button" onClick={() => update({ contactId: undefined })}>
            {t('agent.contact.unlink')}
          </button>
        )}
      </div>
    );
  if (locked) return <p class="team-field-hint">{t('agent.encounter.contactLocked')}</p>;
  return (
    <>
      {errors.contact && <p class="field-error">{t(errors.contact as MessageKey)}</p>}
      <button type="button" class="button" onClick={() => navigate(`${currentPath.value}/contact`)}>
        {t('agent.contact.add')}
      </button>
    </>
  );
}
