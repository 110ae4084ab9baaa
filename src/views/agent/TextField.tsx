// A labelled text input with its hint and its error beside it (aria-describedby), big enough to tap.

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  error?: string;
  hint?: string;
  type?: 'text' | 'tel' | 'email' | 'number' | 'password';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'decimal' | 'search' | 'url' | 'none';
  autoComplete?: string;
  maxLength?: number;
  lang?: string;
}

export function TextField(props: Props) {
  const describedBy = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="team-field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="team-field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        name={props.id}
        // Preact's input types are a union keyed on `type`; one spread of a union type does not narrow.
        type={(props.type ?? 'text') as 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        maxLength={props.maxLength}
        value={props.value}
        lang={props.lang}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
