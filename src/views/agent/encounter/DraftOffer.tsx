// The question asked when an encounter form was left unsaved by a lock, a while ago, or by someone
// else: « Reprendre la rencontre commencée à 10 h 12 ? ». Nothing of it reaches the new form unless
// the worker resumes it; starting anew forgets it (and the contact draft opened from it).
import type { EncounterForm } from '../../../agent/encounter-form';
import { language, t } from '../../../i18n';
import { formatTime } from '../format';

export function DraftOffer(props: { title: string; draft: EncounterForm; onResume(): void; onNew(): void }) {
  const at = props.draft.origin?.startedAt;
  // « 10 h 12 » in French, the local form elsewhere.
  const time = at
    ? language.value === 'fr'
      ? formatTime(at).replace(':', ' h ')
      : formatTime(at)
    : undefined;
  return (
    <main id="main" class="page team-page">
      <h1>{props.title}</h1>
      <section class="card" aria-labelledby="draft-offer-title" data-testid="draft-offer">
        <h2 id="draft-offer-title">
          {time ? t('agent.draftOffer.question', { time }) : t('agent.draftOffer.questionNoTime')}
        </h2>
        <p>{t('agent.draftOffer.why')}</p>
        {props.draft.contactId && <p>{t('agent.draftOffer.withContact')}</p>}
        <div class="team-save-bar">
          <button type="button" class="button button-primary" onClick={props.onNew}>
            {t('agent.draftOffer.new')}
          </button>
          <button type="button" class="button" onClick={props.onResume}>
            {t('agent.draftOffer.resume')}
          </button>
        </div>
      </section>
    </main>
  );
}
