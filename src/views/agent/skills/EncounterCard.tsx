// The encounter form's « Carte du parcours » section: the card in use is attached to the encounter
// only when the worker taps it (the resident chose to show it), and can be removed. A card and a
// contact never go together (src/shared/pass.ts); the error says so beside the section.
import { currentCard } from '../../../agent/skills/cards';
import { navigate } from '../../../app/router';
import { t } from '../../../i18n';
import { shortCode } from '../../../shared/pass';
import { errorText, type FieldsProps } from '../encounter/QuickFields';
import { useTeam } from '../team-context';

export function EncounterCard({ form, update, errors }: FieldsProps) {
  const { ctx } = useTeam();
  const card = currentCard(ctx.agentId);
  const error = errorText(errors, 'card');
  return (
    <div class="team-field" data-testid="encounter-card">
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {form.passId ? (
        <>
          <p>{t('skills.encounter.attached', { code: shortCode(form.passId) })}</p>
          <button type="button" class="button" onClick={() => update({ passId: undefined })}>
            {t('skills.encounter.remove')}
          </button>
        </>
      ) : card ? (
        <button type="button" class="button" onClick={() => update({ passId: card.passId })}>
          {t('skills.encounter.attach', { code: shortCode(card.passId) })}
        </button>
      ) : (
        <>
          <p>{t('skills.encounter.none')}</p>
          <a
            class="button"
            href="/equipe/carte"
            onClick={(e) => {
              e.preventDefault();
              navigate('/equipe/carte');
            }}
          >
            {t('skills.encounter.open')}
          </a>
        </>
      )}
    </div>
  );
}
