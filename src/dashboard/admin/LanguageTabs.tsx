// Which language of the content is being edited: one toggle button per language.
import type { Language } from '../../shared/taxonomy';
import { label, t } from '../i18n';
import { LANGS } from './content-types';

export function LanguageTabs({ value, onChange }: { value: Language; onChange: (l: Language) => void }) {
  return (
    <fieldset class="row">
      <legend>{t('coord.guides.editLang')}</legend>
      {LANGS.map((l) => (
        <button type="button" key={l} aria-pressed={value === l} onClick={() => onChange(l)}>
          {label('language', l)}
        </button>
      ))}
    </fieldset>
  );
}
