// Everything else of DESIGN.md's encounter, in sections that open on demand (their open state is
// kept in the draft): profile, « À la maison », needs beyond the digital, démarche sub-themes and
// institution, equipment, note, contact.
import type { YesNoUnknown } from '../../../agent/encounter-form';
import { t } from '../../../i18n';
import { LIMITS } from '../../../shared/limits';
import {
  AGE_BANDS,
  DEMARCHE_SUBTHEMES,
  EQUIPMENT,
  INSTITUTIONS,
  SEXES,
  SOCIAL_STATUSES,
} from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import { EncounterCard } from '../skills/EncounterCard';
import { useTeam } from '../team-context';
import { AtHomeTiles, NeedsTiles } from './BeyondDigital';
import { ContactLink } from './ContactLink';
import { errorText, type FieldsProps } from './QuickFields';
import { Section } from './Section';

const YES_NO: readonly YesNoUnknown[] = ['oui', 'non', 'non_communique'];

export function DetailSections(
  props: FieldsProps & { editId?: string; flush(): Promise<void>; contactLocked?: boolean },
) {
  const { form, update, errors } = props;
  const profile = form.profile;
  const noteError = errorText(errors, 'note');
  // A volunteer records no contact (src/shared/roles.ts): the section is not offered at all.
  const volunteer = useTeam().agent.role === 'volunteer';
  return (
    <div class="team-sections">
      {form.type === 'individuel' && (
        <Section id="profile" title={t('agent.section.profile')} form={form} update={update}>
          <ChoiceTiles
            legend={t('agent.profile.sex')}
            name="sex"
            small
            options={SEXES.map((v) => ({ value: v, label: t(`agent.sex.${v}`) }))}
            selected={profile.sex ? [profile.sex] : []}
            onToggle={(sex) => update({ profile: { ...profile, sex } })}
          />
          <ChoiceTiles
            legend={t('agent.profile.ageBand')}
            name="ageBand"
            small
            options={AGE_BANDS.map((v) => ({ value: v, label: t(`agent.age.${v}`) }))}
            selected={profile.ageBand ? [profile.ageBand] : []}
            onToggle={(ageBand) => update({ profile: { ...profile, ageBand } })}
          />
          <ChoiceTiles
            legend={t('agent.profile.socialStatus')}
            name="socialStatus"
            small
            options={SOCIAL_STATUSES.map((v) => ({ value: v, label: t(`agent.status.${v}`) }))}
            selected={profile.socialStatus ? [profile.socialStatus] : []}
            onToggle={(socialStatus) => update({ profile: { ...profile, socialStatus } })}
          />
          <ChoiceTiles
            legend={t('agent.profile.livesInQpv')}
            name="livesInQpv"
            small
            options={YES_NO.map((v) => ({ value: v, label: t(`agent.yn.${v}`) }))}
            selected={profile.livesInQpv ? [profile.livesInQpv] : []}
            onToggle={(livesInQpv) => update({ profile: { ...profile, livesInQpv } })}
          />
          <ChoiceTiles
            legend={t('agent.profile.firstTime')}
            name="firstTime"
            small
            options={YES_NO.map((v) => ({ value: v, label: t(`agent.yn.${v}`) }))}
            selected={profile.firstTime ? [profile.firstTime] : []}
            onToggle={(firstTime) => update({ profile: { ...profile, firstTime } })}
          />
        </Section>
      )}
      {form.type === 'individuel' && (
        <Section id="atHome" title={t('field.section.atHome')} form={form} update={update}>
          <AtHomeTiles form={form} update={update} />
        </Section>
      )}
      <Section id="needs" title={t('field.section.needs')} form={form} update={update}>
        <NeedsTiles form={form} update={update} />
      </Section>
      <Section id="demarche" title={t('agent.section.demarche')} form={form} update={update}>
        <ChoiceTiles
          legend={t('agent.demarche.subThemes')}
          name="subThemes"
          small
          multiple
          options={DEMARCHE_SUBTHEMES.map((v) => ({ value: v, label: t(`agent.sub.${v}`) }))}
          selected={form.subThemes}
          onToggle={(v) => update({ subThemes: toggled(form.subThemes, v) })}
        />
        {/* With the « Démarches administratives » theme the organismes are asked inline (QuickFields). */}
        {!form.themes.includes('aide_aux_demarches_administratives') && (
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
      </Section>
      <Section id="equipment" title={t('agent.section.equipment')} form={form} update={update}>
        <ChoiceTiles
          legend={t('agent.section.equipment')}
          name="equipment"
          small
          multiple
          options={EQUIPMENT.map((v) => ({ value: v, label: t(`agent.equip.${v}`) }))}
          selected={form.equipment}
          onToggle={(v) => update({ equipment: toggled(form.equipment, v) })}
        />
      </Section>
      <Section id="note" title={t('agent.section.note')} form={form} update={update}>
        <p class="team-warning" id="note-warning">
          {t('agent.note.warning')}
        </p>
        <label for="note">{t('agent.note.label')}</label>
        <textarea
          id="note"
          rows={3}
          maxLength={LIMITS.note}
          value={form.note}
          aria-describedby={`note-warning note-count${noteError ? ' note-error' : ''}`}
          aria-invalid={noteError ? true : undefined}
          onInput={(e) => update({ note: e.currentTarget.value })}
        />
        <p class="team-field-hint" id="note-count">
          {t('agent.note.count', { n: form.note.length })}
        </p>
        {noteError && (
          <p class="field-error" id="note-error">
            {noteError}
          </p>
        )}
      </Section>
      {!volunteer && (
        <Section
          id="contact"
          title={t('agent.section.contact')}
          status={form.contactId ? t('agent.contact.saved') : undefined}
          form={form}
          update={update}
        >
          <ContactLink form={form} update={update} errors={errors} locked={props.contactLocked} />
        </Section>
      )}
      <Section
        id="card"
        title={t('skills.encounter.section')}
        status={form.passId ? t('skills.encounter.attachedShort') : undefined}
        form={form}
        update={update}
      >
        <EncounterCard form={form} update={update} errors={errors} />
      </Section>
    </div>
  );
}
