// What some actions need: which guides were shown, where the person was referred, which activity
// they signed up to. Shown under the actions only when that action is ticked.
import { t } from '../../../i18n';
import { REDIRECTION_KINDS } from '../../../shared/taxonomy';
import { ChoiceTiles } from '../ChoiceTiles';
import { ActivityPicker } from './ActivityPicker';
import { GuidePicker } from './GuidePicker';
import { PartnerPicker } from './PartnerPicker';
import { errorText, type FieldsProps } from './QuickFields';

export function ActionDetails({ form, update, errors }: FieldsProps) {
  return (
    <>
      {form.actions.includes('guide_montre') && (
        <section class="card team-action-details" aria-label={t('agent.action.guide_montre')}>
          <GuidePicker form={form} update={update} errors={errors} />
        </section>
      )}
      {form.actions.includes('orientation') && (
        <section class="card team-action-details" aria-label={t('agent.action.orientation')}>
          <ChoiceTiles
            legend={t('agent.partner.redirection')}
            name="redirectionKind"
            small
            options={REDIRECTION_KINDS.map((v) => ({ value: v, label: t(`agent.redir.${v}`) }))}
            selected={form.redirectionKind ? [form.redirectionKind] : []}
            onToggle={(redirectionKind) => update({ redirectionKind })}
            error={errorText(errors, 'orientation')}
          />
          <PartnerPicker form={form} update={update} errors={errors} />
        </section>
      )}
      {form.actions.includes('inscription_activite') && (
        <section class="card team-action-details" aria-label={t('agent.action.inscription_activite')}>
          <ActivityPicker form={form} update={update} errors={errors} />
        </section>
      )}
    </>
  );
}
