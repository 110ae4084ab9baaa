// The part of the encounter form a worker fills every time, in the order of the common case:
// (type, preselected "une personne") → theme → what was done ("aidé sur place" preselected) →
// autonomy → duration. With "Nouvelle rencontre" and "Enregistrer", that is 5 taps. « Démarches
// administratives » is the first theme tile (the most frequent need on a market, visible without
// scrolling at 1024×768), and choosing it shows the organisme tiles at once (the CAF report's
// « motifs »): one more tap, 6 in all.
import type { FieldErrors } from '../../../agent/context';
import type { EncounterForm } from '../../../agent/encounter-form';
import { type MessageKey, t } from '../../../i18n';
import { isContactAction } from '../../../shared/roles';
import {
  ACTION_KINDS,
  AUTONOMY,
  DURATION_PRESETS,
  ENCOUNTER_TYPES,
  INSTITUTIONS,
  THEMES,
} from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import { useTeam } from '../team-context';
import { ActionDetails } from './ActionDetails';
import { GroupFields } from './GroupFields';

export interface FieldsProps {
  form: EncounterForm;
  update(patch: Partial<EncounterForm>): void;
  errors: FieldErrors;
}

export function errorText(errors: FieldErrors, field: string): string | undefined {
  const key = errors[field];
  return key ? t(key as MessageKey) : undefined;
}

const DEMARCHES = 'aide_aux_demarches_administratives';
/** The theme tiles in the order a worker on a market needs them: démarches first. */
export const THEME_TILES = [DEMARCHES, ...THEMES.filter((th) => th !== DEMARCHES)] as const;

export function QuickFields({ form, update, errors }: FieldsProps) {
  // A volunteer is not offered the actions that need a contact (src/shared/roles.ts).
  const volunteer = useTeam().agent.role === 'volunteer';
  return (
    <>
      <ChoiceTiles
        legend={t('agent.encounter.type')}
        name="type"
        options={ENCOUNTER_TYPES.map((v) => ({ value: v, label: t(`agent.type.${v}`), icon: v }))}
        selected={[form.type]}
        onToggle={(type) => update({ type })}
      />
      {form.type === 'collectif' && <GroupFields form={form} update={update} errors={errors} />}
      <ChoiceTiles
        legend={t('agent.encounter.themes')}
        name="themes"
        multiple
        options={THEME_TILES.map((v) => ({ value: v, label: t(`agent.theme.${v}`), icon: v }))}
        selected={form.themes}
        onToggle={(v) => update({ themes: toggled(form.themes, v) })}
        error={errorText(errors, 'themes')}
      />
      {form.themes.includes(DEMARCHES) && (
        <ChoiceTiles
          legend={t('agent.demarche.institutions')}
          name="institutions"
          small
          multiple
          options={INSTITUTIONS.map((v) => ({ value: v, label: t(`agent.inst.${v}`) }))}
          selected={form.institutions}
          onToggle={(v) => update({ institutions: toggled(form.institutions, v) })}
        />
      )}
      <ChoiceTiles
        legend={t('agent.encounter.actions')}
        name="actions"
        multiple
        options={ACTION_KINDS.filter((v) => !volunteer || !isContactAction(v)).map((v) => ({
          value: v,
          label: t(`agent.action.${v}`),
          icon: v,
        }))}
        selected={form.actions}
        onToggle={(v) => update({ actions: toggled(form.actions, v) })}
      />
      <ActionDetails form={form} update={update} errors={errors} />
      <ChoiceTiles
        legend={t('agent.encounter.autonomy')}
        name="autonomy"
        options={AUTONOMY.map((v) => ({ value: v, label: t(`agent.autonomy.${v}`), icon: v }))}
        selected={form.autonomy ? [form.autonomy] : []}
        onToggle={(autonomy) => update({ autonomy })}
      />
      <ChoiceTiles
        legend={t('agent.encounter.duration')}
        name="duration"
        small
        options={DURATION_PRESETS.map((n) => ({
          value: String(n),
          label: t('agent.encounter.minutes', { n }),
        }))}
        selected={form.durationMin ? [String(form.durationMin)] : []}
        onToggle={(v) => update({ durationMin: Number(v) })}
      />
    </>
  );
}
