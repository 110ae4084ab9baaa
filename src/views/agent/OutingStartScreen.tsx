// Starting an outing: kind of place (pictograms), label, neighbourhood, QPV yes/no, commune.
// The usual places and neighbourhoods (the last outings, the centre's plan and list, all on the
// tablet: offline) are offered in one tap (agent/outing-suggestions). The form is a draft until started.
import { useState } from 'preact/hooks';
import type { FieldErrors } from '../../agent/context';
import { FormError } from '../../agent/context';
import { draftKeys } from '../../agent/drafts';
import { outingSuggestions } from '../../agent/outing-suggestions';
import { emptyOutingForm, type OutingForm, startOuting } from '../../agent/outings';
import { navigate } from '../../app/router';
import { StorageFullError } from '../../db/outbox';
import { type MessageKey, t } from '../../i18n';
import { LIMITS } from '../../shared/limits';
import { PLACE_KINDS } from '../../shared/taxonomy';
import { ChoiceTiles } from './ChoiceTiles';
import { showFlash } from './flash';
import { TextField } from './TextField';
import { useTeam } from './team-context';
import { useDraft } from './useDraft';
import { useLive } from './useLive';

export function OutingStartScreen() {
  const { ctx } = useTeam();
  const draft = useDraft<OutingForm>(draftKeys.outing(ctx.agentId), emptyOutingForm);
  const suggested = useLive(() => outingSuggestions(ctx.db, ctx.centre), [ctx]);
  const recent = suggested?.places;
  const neighbourhoods = suggested?.neighbourhoods ?? [];
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
  const patch = (p: Partial<OutingForm>) => draft.set({ ...form, ...p });

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      await startOuting(ctx, form!);
      await draft.discard();
      showFlash('agent.outing.started');
      navigate('/equipe');
    } catch (error) {
      if (error instanceof FormError) setErrors(error.fields);
      else setErrors({ form: error instanceof StorageFullError ? 'error.quota' : 'error.generic' });
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate('/equipe');
  }

  return (
    <main id="main" class="page team-page">
      <h1>{t('agent.outingForm.title')}</h1>
      {recent && recent.length > 0 && (
        <section class="card" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('field.outing.places')}</h2>
          <p>{t('agent.outingForm.recentHint')}</p>
          <div class="team-recent-places">
            {recent.map((r) => (
              <button
                type="button"
                class="button"
                key={`${r.placeKind}-${r.placeLabel}-${r.neighbourhood}`}
                onClick={() => {
                  setErrors({});
                  draft.set({ ...r });
                }}
              >
                {r.placeLabel} · {r.neighbourhood}
              </button>
            ))}
          </div>
        </section>
      )}
      <form onSubmit={submit} noValidate>
        <ChoiceTiles
          legend={t('agent.outingForm.placeKind')}
          name="placeKind"
          options={PLACE_KINDS.map((k) => ({ value: k, label: t(`agent.place.${k}`), icon: k }))}
          selected={form.placeKind ? [form.placeKind] : []}
          onToggle={(placeKind) => patch({ placeKind })}
          error={err('placeKind')}
        />
        <TextField
          id="placeLabel"
          label={t('agent.outingForm.placeLabel')}
          hint={t('agent.outingForm.placeLabelHint')}
          value={form.placeLabel}
          maxLength={LIMITS.placeText}
          onInput={(placeLabel) => patch({ placeLabel })}
          error={err('placeLabel')}
        />
        <TextField
          id="neighbourhood"
          label={t('agent.outingForm.neighbourhood')}
          value={form.neighbourhood}
          maxLength={LIMITS.placeText}
          onInput={(neighbourhood) => patch({ neighbourhood })}
          error={err('neighbourhood')}
        />
        {neighbourhoods.length > 0 && (
          <fieldset class="team-recent-places team-suggestions">
            <legend class="team-field-hint">{t('field.outing.neighbourhoods')}</legend>
            {neighbourhoods.map((n) => (
              <button
                type="button"
                class="button"
                key={n.name}
                aria-pressed={
                  form.neighbourhood.trim().toLocaleLowerCase('fr') === n.name.toLocaleLowerCase('fr')
                }
                onClick={() =>
                  patch(
                    n.qpv === undefined ? { neighbourhood: n.name } : { neighbourhood: n.name, qpv: n.qpv },
                  )
                }
              >
                {n.name}
              </button>
            ))}
          </fieldset>
        )}
        <ChoiceTiles
          legend={t('agent.outingForm.qpv')}
          name="qpv"
          small
          options={[
            { value: 'oui', label: t('agent.yn.oui') },
            { value: 'non', label: t('agent.yn.non') },
          ]}
          selected={form.qpv === undefined ? [] : [form.qpv ? 'oui' : 'non']}
          onToggle={(v) => patch({ qpv: v === 'oui' })}
          error={err('qpv')}
        />
        <TextField
          id="commune"
          label={t('agent.outingForm.commune')}
          value={form.commune}
          maxLength={LIMITS.placeText}
          onInput={(commune) => patch({ commune })}
          error={err('commune')}
        />
        {errors.form && (
          <p class="field-error" role="alert">
            {t(errors.form as MessageKey)}
          </p>
        )}
        <div class="team-form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('agent.outingForm.submit')}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
