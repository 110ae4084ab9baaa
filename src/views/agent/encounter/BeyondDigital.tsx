// Issue 11, two optional and anonymous parts of an encounter, each in its own collapsed section so
// the 5-tap common case never meets them: what the person raised besides the procedure (the
// building hall's « diagnostic » shared with the landlord or the town) and « À la maison »
// (smartphone, ordinateur, internet), the evidence a participatory budget for home connections needs.
import type { EncounterForm } from '../../../agent/encounter-form';
import { t } from '../../../i18n';
import { HOME_EQUIPMENT, NEEDS, YES_NO_UNKNOWN } from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import type { FieldsProps } from './QuickFields';

type Props = Pick<FieldsProps, 'update'> & { form: EncounterForm };

export function NeedsTiles({ form, update }: Props) {
  // A draft saved before this field existed has no `needs`.
  const needs = form.needs ?? [];
  return (
    <>
      <p class="team-field-hint" id="needs-hint">
        {t('field.needs.hint')}
      </p>
      <ChoiceTiles
        legend={t('field.needs.legend')}
        name="needs"
        small
        multiple
        options={NEEDS.map((v) => ({ value: v, label: t(`agent.need.${v}`) }))}
        selected={needs}
        onToggle={(v) => update({ needs: toggled(needs, v) })}
      />
    </>
  );
}

export function AtHomeTiles({ form, update }: Props) {
  const atHome = form.profile.atHome ?? {};
  return (
    <>
      {HOME_EQUIPMENT.map((item) => (
        <ChoiceTiles
          key={item}
          legend={t('field.atHome.item', { item: t(`agent.home.${item}`) })}
          name={`atHome-${item}`}
          small
          options={YES_NO_UNKNOWN.map((v) => ({ value: v, label: t(`agent.yn.${v}`) }))}
          selected={atHome[item] ? [atHome[item]] : []}
          onToggle={(answer) =>
            update({ profile: { ...form.profile, atHome: { ...atHome, [item]: answer } } })
          }
        />
      ))}
    </>
  );
}
