// The contact form, only with consent: the consent text in the resident's language (readable
// aloud), the purposes as separate boxes, then the details. On save the details are sealed to the
// centre key, the contact is linked to the encounter being recorded, and the draft (the only
// place the details were in clear) is deleted.
import { useState } from 'preact/hooks';
import { type ContactForm, checkContactForm, emptyContactForm } from '../../../agent/contact-form';
import { saveContact } from '../../../agent/contacts';
import { type FieldErrors, FormError } from '../../../agent/context';
import { draftKeys, loadDraft, saveDraft } from '../../../agent/drafts';
import { type EncounterForm, emptyEncounterForm, formFromEncounter } from '../../../agent/encounter-form';
import { retentionMonths } from '../../../agent/retention';
import { navigate } from '../../../app/router';
import { StorageFullError } from '../../../db/outbox';
import { LOCALE_TAGS, language, type MessageKey, t } from '../../../i18n';
import { CHANNELS, CONSENT_PURPOSES, LANGUAGES } from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import { showFlash } from '../flash';
import { encounterPath } from '../TeamRoutes';
import { TextField } from '../TextField';
import { useTeam } from '../team-context';
import { useDraft } from '../useDraft';
import { ReadAloud } from './ReadAloud';

export function ContactScreen({ editId }: { editId?: string }) {
  const { ctx } = useTeam();
  const encounterKey = editId ? draftKeys.editEncounter(editId) : draftKeys.newEncounter(ctx.agentId);
  const draft = useDraft<ContactForm>(draftKeys.contact(encounterKey), () =>
    emptyContactForm(language.value),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const form = draft.value;
  if (!form)
    return (
      <main id="main" class="page">
        <p class="loading">{t('loading')}</p>
      </main>
    );

  const err = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : undefined);
  const patch = (p: Partial<ContactForm>) => {
    const next = { ...form, ...p };
    draft.set(next);
    // Once shown, an error goes away as soon as the field is right (the others stay).
    if (Object.keys(errors).length) setErrors(checkContactForm(next));
  };
  const back = () => navigate(encounterPath(editId));
  const settings = ctx.centre.settings;
  const consentLang = form.consentLanguage;
  const consentText = t(
    'agent.consent.text',
    {
      long: retentionMonths(['info_activites', 'sms'], settings?.retention),
      short: retentionMonths(['rappel'], settings?.retention),
    },
    consentLang,
  );

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const contact = await saveContact(ctx, form!);
      // Link it to the encounter being recorded (its draft), then forget the clear details.
      const existing = editId ? await ctx.db.encounters.get(editId) : undefined;
      const encounter =
        (await loadDraft<EncounterForm>(ctx.db, encounterKey)) ??
        (existing ? formFromEncounter(existing) : emptyEncounterForm());
      await saveDraft(ctx.db, encounterKey, { ...encounter, contactId: contact.id }, new Date());
      await draft.discard();
      showFlash('agent.contact.saved');
      back();
    } catch (error) {
      if (error instanceof FormError) setErrors(error.fields);
      else setErrors({ form: error instanceof StorageFullError ? 'error.quota' : 'error.generic' });
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    await draft.discard();
    back();
  }

  return (
    <main id="main" class="page team-page team-contact-page">
      <h1>{t('agent.contact.title')}</h1>
      <p>{t('agent.contact.intro')}</p>
      <form onSubmit={save} noValidate>
        <ChoiceTiles
          legend={t('agent.contact.consentLanguage')}
          name="consentLanguage"
          small
          options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
          selected={[consentLang]}
          onToggle={(l) => patch({ consentLanguage: l, language: l })}
        />
        <section
          class="card team-consent"
          lang={LOCALE_TAGS[consentLang]}
          dir={consentLang === 'ar' ? 'rtl' : 'ltr'}
          aria-labelledby="consent-title"
        >
          <h2 id="consent-title">{t('agent.contact.consentTitle', undefined, consentLang)}</h2>
          <p data-testid="consent-text">{consentText}</p>
          <ReadAloud text={consentText} lang={consentLang} />
        </section>
        <ChoiceTiles
          legend={t('agent.contact.purposes', undefined, consentLang)}
          name="purposes"
          multiple
          lang={LOCALE_TAGS[consentLang]}
          options={CONSENT_PURPOSES.map((p) => ({
            value: p,
            label: t(`agent.purpose.${p}`, undefined, consentLang),
          }))}
          selected={form.purposes}
          onToggle={(p) => patch({ purposes: toggled(form.purposes, p) })}
          error={err('purposes')}
        />
        <p class="team-warning">{t('agent.contact.never')}</p>
        <TextField
          id="firstName"
          label={t('agent.contact.firstName')}
          value={form.firstName}
          maxLength={80}
          onInput={(firstName) => patch({ firstName })}
          error={err('firstName')}
        />
        <TextField
          id="lastName"
          label={t('agent.contact.lastName')}
          value={form.lastName}
          maxLength={80}
          onInput={(lastName) => patch({ lastName })}
          error={err('lastName')}
        />
        <TextField
          id="phone"
          type="tel"
          inputMode="tel"
          label={t('agent.contact.phone')}
          hint={t('agent.contact.phoneHint')}
          value={form.phone}
          maxLength={32}
          onInput={(phone) => patch({ phone })}
          error={err('phone')}
        />
        <TextField
          id="email"
          type="email"
          inputMode="email"
          label={t('agent.contact.email')}
          value={form.email}
          maxLength={254}
          onInput={(email) => patch({ email })}
          error={err('email')}
        />
        <ChoiceTiles
          legend={t('agent.contact.language')}
          name="language"
          small
          options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
          selected={[form.language]}
          onToggle={(l) => patch({ language: l })}
        />
        <ChoiceTiles
          legend={t('agent.contact.channel')}
          name="channel"
          small
          options={CHANNELS.map((c) => ({ value: c, label: t(`agent.channel.${c}`) }))}
          selected={form.channel ? [form.channel] : []}
          onToggle={(channel) => patch({ channel })}
          error={err('channel')}
        />
        <p class="team-notice">{t('agent.contact.sealedNote')}</p>
        <div class="team-save-bar">
          <p role="alert" class="field-error team-save-error">
            {errors.form
              ? t(errors.form as MessageKey)
              : Object.keys(errors).length
                ? t('agent.encounter.fixErrors')
                : ''}
          </p>
          <button type="submit" class="button button-primary team-button-save" disabled={busy}>
            {t('agent.contact.save')}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
