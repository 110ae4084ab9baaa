// A group (collectif): how many people, and if known how many by sex and by age band.

import { t } from '../../../i18n';
import { AGE_BANDS, type AgeBand, SEXES, type Sex } from '../../../shared/taxonomy';
import { TextField } from '../TextField';
import { errorText, type FieldsProps } from './QuickFields';

function parseCount(text: string): number | undefined {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 10_000) : undefined;
}

export function GroupFields({ form, update, errors }: FieldsProps) {
  const p = form.participants;
  const setSex = (sex: Sex, text: string) =>
    update({ participants: { ...p, bySex: { ...p.bySex, [sex]: parseCount(text) } } });
  const setAge = (band: AgeBand, text: string) =>
    update({ participants: { ...p, byAgeBand: { ...p.byAgeBand, [band]: parseCount(text) } } });
  return (
    <section class="card team-group-fields" aria-labelledby="group-title">
      <h2 id="group-title">{t('agent.section.group')}</h2>
      <TextField
        id="participants"
        type="number"
        inputMode="numeric"
        label={t('agent.encounter.participants')}
        value={p.count === undefined ? '' : String(p.count)}
        onInput={(text) => update({ participants: { ...p, count: parseCount(text) } })}
        error={errorText(errors, 'participants')}
      />
      <details
        open={form.open.includes('group')}
        onToggle={(e) => {
          const open = e.currentTarget.open;
          if (open !== form.open.includes('group'))
            update({ open: open ? [...form.open, 'group'] : form.open.filter((s) => s !== 'group') });
        }}
      >
        <summary>{t('agent.encounter.participantsDetail')}</summary>
        <fieldset class="team-counts">
          <legend>{t('agent.encounter.bySex')}</legend>
          {SEXES.map((s) => (
            <TextField
              key={s}
              id={`sex-${s}`}
              type="number"
              inputMode="numeric"
              label={t(`agent.sex.${s}`)}
              value={p.bySex[s] === undefined ? '' : String(p.bySex[s])}
              onInput={(text) => setSex(s, text)}
            />
          ))}
        </fieldset>
        <fieldset class="team-counts">
          <legend>{t('agent.encounter.byAge')}</legend>
          {AGE_BANDS.map((b) => (
            <TextField
              key={b}
              id={`age-${b}`}
              type="number"
              inputMode="numeric"
              label={t(`agent.age.${b}`)}
              value={p.byAgeBand[b] === undefined ? '' : String(p.byAgeBand[b])}
              onInput={(text) => setAge(b, text)}
            />
          ))}
        </fieldset>
      </details>
    </section>
  );
}
