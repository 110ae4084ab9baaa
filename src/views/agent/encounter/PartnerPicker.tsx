// The offline partner directory, searchable by name and filtered by theme. Picking a partner
// also picks its redirection kind when none was chosen.
import { useState } from 'preact/hooks';
import { searchPartners } from '../../../agent/directory';
import { getDb } from '../../../db/database';
import { t } from '../../../i18n';
import { THEMES, type Theme } from '../../../shared/taxonomy';
import { TextField } from '../TextField';
import { useLive } from '../useLive';
import type { FieldsProps } from './QuickFields';

const SHOWN = 12;

export function PartnerPicker({ form, update }: FieldsProps) {
  const partners = useLive(() => getDb().partners.toArray(), []);
  const [text, setText] = useState('');
  const [theme, setTheme] = useState<Theme | ''>(form.themes[0] ?? '');
  if (!partners) return <p class="loading">{t('loading')}</p>;
  if (partners.length === 0) return <p>{t('agent.partner.empty')}</p>;
  const found = searchPartners(partners, {
    text,
    theme: theme || undefined,
    redirectionKind: form.redirectionKind,
  });
  const chosen = partners.find((p) => p.id === form.partnerId);
  const shown = found.slice(0, SHOWN);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
  return (
    <div class="team-partner-picker">
      <TextField id="partner-search" label={t('agent.partner.search')} value={text} onInput={setText} />
      <label for="partner-theme">{t('agent.partner.theme')}</label>
      <select
        id="partner-theme"
        value={theme}
        onChange={(e) => setTheme(e.currentTarget.value as Theme | '')}
      >
        <option value="">{t('agent.partner.allThemes')}</option>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`agent.theme.${th}`)}
          </option>
        ))}
      </select>
      <fieldset class="team-pick-list">
        <legend>{t('agent.partner.label')}</legend>
        <label class="team-pick">
          <input
            type="radio"
            name="partner"
            checked={!form.partnerId}
            onChange={() => update({ partnerId: undefined })}
          />
          {t('agent.partner.noneSelected')}
        </label>
        {shown.map((p) => (
          <label key={p.id} class="team-pick">
            <input
              type="radio"
              name="partner"
              checked={form.partnerId === p.id}
              onChange={() =>
                update({ partnerId: p.id, redirectionKind: form.redirectionKind ?? p.redirectionKind })
              }
            />
            <span>
              <strong>{p.name}</strong>
              <span class="team-pick-meta">
                {t(`agent.redir.${p.redirectionKind}`)}
                {p.label ? ` · ${p.label}` : ''}
              </span>
            </span>
          </label>
        ))}
        {found.length === 0 && <p>{t('agent.partner.none')}</p>}
        {found.length > SHOWN && <p>{t('agent.partner.more', { n: found.length - SHOWN })}</p>}
      </fieldset>
    </div>
  );
}
