// One encounter, new or being corrected. The form is a draft from the first tap; "Enregistrer"
// validates (field messages beside the fields, nothing lost), writes the encounter, its sign-ups
// and their outbox entries at once, then goes back to today's screen. A form left behind (too
// old, by a lock, or by someone else) is offered, never reopened silently (agent/encounter-draft).
// A sent encounter stays correctable for the rest of its day, except its sealed contact.
import { useRef, useState } from 'preact/hooks';
import { AlreadySyncedError, type FieldErrors, FormError } from '../../../agent/context';
import { draftKeys } from '../../../agent/drafts';
import { lastLockAt, mustOfferDraft } from '../../../agent/encounter-draft';
import { type EncounterForm, emptyEncounterForm, formFromEncounter } from '../../../agent/encounter-form';
import { correctable, deleteEncounter, saveEncounter } from '../../../agent/encounters';
import { currentOuting } from '../../../agent/outings';
import { navigate } from '../../../app/router';
import { StorageFullError } from '../../../db/outbox';
import { type MessageKey, t } from '../../../i18n';
import { showFlash } from '../flash';
import { useTeam } from '../team-context';
import { useDraft } from '../useDraft';
import { useLive } from '../useLive';
import { DetailSections } from './DetailSections';
import { DraftOffer } from './DraftOffer';
import { QuickFields } from './QuickFields';

/** User Timing marks: the benchmark reads "team:save" (tap → record and outbox entry committed). */
const SAVE_MARK = 'team:save:start';

export function EncounterScreen({ editId }: { editId?: string }) {
  const { ctx, lockSeconds } = useTeam();
  const key = editId ? draftKeys.editEncounter(editId) : draftKeys.newEncounter(ctx.agentId);
  const state = useLive(async () => {
    const existing = editId ? await ctx.db.encounters.get(editId) : undefined;
    return {
      existing,
      allowed: existing ? await correctable(ctx.db, existing, ctx.now()) : editId ? 'none' : 'all',
      outing: existing ? undefined : await currentOuting(ctx.db, ctx.agentId),
    };
  }, [ctx, editId]);
  const draft = useDraft<EncounterForm>(
    key,
    async () => {
      const existing = editId ? await ctx.db.encounters.get(editId) : undefined;
      const form = existing ? formFromEncounter(existing) : emptyEncounterForm();
      return { ...form, origin: { startedAt: ctx.now().toISOString(), agentId: ctx.agentId } };
    },
    async (stored, updatedAt) =>
      mustOfferDraft(
        { origin: stored.origin, updatedAt },
        { agentId: ctx.agentId, now: ctx.now(), lockSeconds, lastLockAt: await lastLockAt() },
      ),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  // A ref, not state: a double tap is refused without re-rendering the whole form during the save.
  const saving = useRef(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const title = t(editId ? 'agent.encounter.editTitle' : 'agent.encounter.newTitle');
  if (draft.offered)
    return <DraftOffer title={title} draft={draft.offered} onResume={draft.resume} onNew={draft.startNew} />;
  const form = draft.value;
  if (!state || !form)
    return (
      <main id="main" class="page">
        <p class="loading">{t('loading')}</p>
      </main>
    );

  if (editId && (!state.existing || state.allowed === 'none'))
    return (
      <main id="main" class="page team-page">
        <h1>{title}</h1>
        <p class="team-notice">
          {t(state.existing ? 'agent.encounter.readOnly' : 'agent.encounter.notFound')}
        </p>
        <button
          type="button"
          class="button"
          onClick={() => void draft.discard().then(() => navigate('/equipe'))}
        >
          {t('action.back')}
        </button>
      </main>
    );

  const update = (patch: Partial<EncounterForm>) => draft.set({ ...form, ...patch });

  function fail(error: unknown) {
    if (error instanceof FormError) setErrors(error.fields);
    else if (error instanceof AlreadySyncedError) setErrors({ form: 'agent.encounter.readOnly' });
    else if (error instanceof StorageFullError) setErrors({ form: 'error.quota' });
    else {
      console.error('[team] save failed', error);
      setErrors({ form: 'error.generic' });
    }
  }

  async function save(e: Event) {
    e.preventDefault();
    if (saving.current) return;
    performance.mark(SAVE_MARK);
    saving.current = true;
    try {
      const outingId = state!.existing ? undefined : (await currentOuting(ctx.db, ctx.agentId))?.id;
      await saveEncounter(ctx, form!, { existing: state!.existing, outingId });
      performance.measure('team:save', SAVE_MARK);
      await draft.discard();
      showFlash(editId ? 'agent.encounter.updated' : 'agent.encounter.saved');
      navigate('/equipe');
    } catch (error) {
      fail(error);
    } finally {
      saving.current = false;
    }
  }

  async function remove() {
    try {
      await deleteEncounter(ctx, state!.existing!);
      await draft.discard();
      showFlash('agent.encounter.deleted');
      navigate('/equipe');
    } catch (error) {
      fail(error);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate('/equipe');
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <main id="main" class="page team-page team-encounter-page">
      <h1>{title}</h1>
      <p class="team-encounter-outing">
        {state.outing
          ? t('agent.encounter.inOuting', { place: state.outing.placeLabel })
          : editId
            ? ''
            : t('agent.encounter.noOuting')}
      </p>
      {state.allowed === 'anonymous' && (
        <p class="team-notice" data-testid="correcting-sent">
          {t('agent.encounter.correctingSent')}
        </p>
      )}
      {draft.restored && (
        <p class="team-notice" role="status" data-testid="draft-restored">
          {t('agent.encounter.draftRestored')}
        </p>
      )}
      <form onSubmit={save} noValidate>
        <QuickFields form={form} update={update} errors={errors} />
        <DetailSections
          form={form}
          update={update}
          errors={errors}
          editId={editId}
          flush={draft.flush}
          contactLocked={state.allowed === 'anonymous'}
        />
        <div class="team-save-bar">
          <p role="alert" class="field-error team-save-error">
            {errors.form ? t(errors.form as MessageKey) : hasErrors ? t('agent.encounter.fixErrors') : ''}
          </p>
          <button type="submit" class="button button-primary team-button-save">
            {t('agent.encounter.save')}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
      {editId && state.allowed === 'all' && (
        <section class="card team-danger-zone" aria-label={t('agent.encounter.delete')}>
          {confirmDelete ? (
            <>
              <p>{t('agent.encounter.deleteConfirm')}</p>
              <button type="button" class="button button-danger" onClick={remove}>
                {t('agent.encounter.deleteYes')}
              </button>
              <button type="button" class="button" onClick={() => setConfirmDelete(false)}>
                {t('action.cancel')}
              </button>
            </>
          ) : (
            <button type="button" class="button button-danger" onClick={() => setConfirmDelete(true)}>
              {t('agent.encounter.delete')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}
