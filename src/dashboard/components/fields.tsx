// Labelled form fields: every control has a visible label tied to it by id.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export type Option = [value: string, text: string];

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Text of the empty choice ("Tous"); absent = no empty choice. */
  any?: string;
  hint?: string;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      >
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number' | 'email' | 'tel' | 'datetime-local' | 'search';
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  children?: ComponentChildren;
}) {
  return (
    <div>
      <label for={props.id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={props.id}
        // Preact types each input type apart; one field component serves all of them.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        required={props.required}
        autocomplete={props.autocomplete ?? 'off'}
        inputMode={props.inputMode}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** A whole number typed by a person (months, seconds, seats, a daily cap): the number keyboard. */
export function NumberField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return <TextField {...props} type="number" inputMode="numeric" />;
}

export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  rows?: number;
  dir?: 'ltr' | 'rtl';
  lang?: string;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 4}
        value={props.value}
        dir={props.dir}
        lang={props.lang}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** Options from taxonomy ids, labelled in the current language. */
export function taxonomyOptions(ids: readonly string[], labelOf: (id: string) => string): Option[] {
  return ids.map((id) => [id, labelOf(id)]);
}

export function yesNo(value: boolean | undefined | null): string {
  if (value === undefined || value === null) return t('coord.none');
  return value ? t('coord.yes') : t('coord.no');
}
