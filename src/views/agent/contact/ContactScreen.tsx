// The contact form, only with consent: the consent text in the resident's language (readable
// aloud), the purposes as separate boxes, then the details. On save the details are sealed to the
// centre key, the contact is linked to the encounter being recorded, and the draft is deleted.
// The draft itself is sealed at each autosave (useContactDraft): after a reload the screen says a
// contact was being typed and is now sealed, and offers to save it as it is or to delete it.
import { useState } from 'preact/hooks';
import { type ContactForm, checkContactForm, emptyContactForm } from '../../../agent/contact-form';
import { saveContact, saveSealedContactDraft } from '../../../agent/contacts';
import { type FieldErrors, FormError } from '../../../agent/context';
import { draftKeys, loadDraft, type SealedContactDraft, saveDraft } from '../../../agent/drafts';
import { type EncounterForm, emptyEncounterForm, formFromEncounter } from '../../../agent/encounter-form';
import { retentionMonths } from '../../../agent/retention';
import { navigate } from '../../../app/router';
import { StorageFullError } from '../../../db/outbox';
import { LOCALE_TAGS, language, type MessageKey, t } from '../../../i18n';
import { LIMITS } from '../../../shared/limits';
import { CHANNELS, CONSENT_PURPOSES, LANGUAGES } from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import { showFlash } from '../flash';
import { encounterPath } from '../TeamRoutes';
import { TextField } from '../TextField';
import { useTeam } from '../team-context';
import { NeighbourhoodField } from './NeighbourhoodField';
import { ReadAloud } from './ReadAloud';
import { useContactDraft } from './useContactDraft';

export function ContactScreen({ editId }: { editId?: string }) {
  const { ctx } = useTeam();
  const encounterKey = editId ? draftKeys.editEncounter(editId) : draftKeys.newEncounter(ctx.agentId);
  const draft = useContactDraft(draftKeys.contact(encounterKey), ctx.centre.publicKey, () =>
    emptyContactForm(language.value),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const back = () => navigate(encounterPath(editId));
  if (!draft.state)
    return (
      <main id="main" class="page">
        <p class="loading">{t('loading')}</p>
      </main>
    );

  /** Links the saved contact to the encounter being recorded (its draft), then forgets the draft. */
  async function linkAndLeave(contactId: string) {
    const existing = editId ? await ctx.db.encounters.get(editId) : undefined;
    const encounter =
      (await loadDraft<EncounterForm>(ctx.db, encounterKey)) ??
      (existing ? formFromEncounter(existing) : emptyEncounterForm());
    await saveDraft(ctx.db, encounterKey, { ...encounter, contactId }, ctx.now());
    await draft.discard();
    showFlash('agent.contact.saved');
    back();
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      if (error instanceof FormError) setErrors(error.fields);
      else setErrors({ form: error instanceof StorageFullError ? 'error.quota' : 'error.generic' });
    } finally {
      setBusy(false);
    }
  }

  if (draft.state.kind === 'sealed')
    return (
      <SealedDraft
        draft={draft.state.draft}
        busy={busy}
        error={errors.form ? t(errors.form as MessageKey) : ''}
        onSave={(sealed) => run(async () => linkAndLeave((await saveSealedContactDraft(ctx, sealed)).id))}
        onDelete={() => run(() => draft.discard(emptyContactForm(language.value)))}
      />
    );

  const form = draft.state.form;

  const err = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : undefined);
  const patch = (p: Partial<ContactForm>) => {
    const next = { ...form, ...p };
    draft.set(next);
    // Once shown, an error goes away as soon as the field is right (the others stay).
    if (Object.keys(errors).length) setErrors(checkContactForm(next));
  };
  const settings = ctx.centre.settings;
  const consentLang = form.consentLanguage;
  const consentText = t(
    'agent.consent.text',
    {
      long: retentionMonths(['info_activites', 'sms', 'annonces_permanences'], settings?.retention),
      short: retentionMonths(['rappel'], settings?.retention),
    },
    consentLang,
  );

  function save(e: Event) {
    e.preventDefault();
    return run(async () => linkAndLeave((await saveContact(ctx, form)).id));
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
        {form.purposes.includes('annonces_permanences') && (
          <NeighbourhoodField
            value={form.neighbourhood ?? ''}
            onInput={(neighbourhood) => patch({ neighbourhood })}
            error={err('neighbourhood')}
          />
        )}
        <p class="team-warning">{t('agent.contact.never')}</p>
        <TextField
          id="firstName"
          label={t('agent.contact.firstName')}
          value={form.firstName}
          maxLength={LIMITS.name}
          onInput={(firstName) => patch({ firstName })}
          error={err('firstName')}
        />
        <TextField
          id="lastName"
          label={t('agent.contact.lastName')}
          value={form.lastName}
          maxLength={LIMITS.name}
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
          maxLength={LIMITS.phone}
          onInput={(phone) => patch({ phone })}
          error={err('phone')}
        />
        <TextField
          id="email"
          type="email"
          inputMode="email"
          label={t('agent.contact.email')}
          value={form.email}
          maxLength={LIMITS.email}
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

/** A contact draft sealed while it was typed: it cannot be read back, only saved as it is or deleted. */
function SealedDraft(props: {
  draft: SealedContactDraft;
  busy: boolean;
  error: string;
  onSave(draft: SealedContactDraft): void;
  onDelete(): void;
}) {
  const { draft } = props;
  return (
    <main id="main" class="page team-page team-contact-page">
      <h1>{t('agent.contact.title')}</h1>
      <section
        class="card team-sealed-draft"
        data-testid="contact-draft-sealed"
        aria-labelledby="sealed-title"
      >
        <h2 id="sealed-title">{t('agent.contact.sealedDraft.title')}</h2>
        <p>{t('agent.contact.sealedDraft.text')}</p>
        {draft.purposes.length > 0 && (
          <p>
            {t('agent.contact.agreed', {
              list: draft.purposes.map((p) => t(`agent.purpose.${p}`)).join(', '),
            })}
          </p>
        )}
        <p>
          {t(draft.complete ? 'agent.contact.sealedDraft.complete' : 'agent.contact.sealedDraft.incomplete')}
        </p>
        <p role="alert" class="field-error">
          {props.error}
        </p>
        <div class="team-save-bar">
          {draft.complete && (
            <button
              type="button"
              class="button button-primary team-button-save"
              disabled={props.busy}
              onClick={() => props.onSave(draft)}
            >
              {t('agent.contact.sealedDraft.save')}
            </button>
          )}
          <button type="button" class="button" disabled={props.busy} onClick={props.onDelete}>
            {t('agent.contact.sealedDraft.delete')}
          </button>
        </div>
      </section>
    </main>
  );
}
