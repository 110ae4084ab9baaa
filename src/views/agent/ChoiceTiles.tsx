// A group of big tappable tiles (pictogram + words) over native radio buttons or checkboxes, so
// one tap picks, the keyboard and screen readers work as usual, and the error sits beside it. A
// chosen tile says so plainly (a check mark and « choisi »), so a tile already on is not tapped
// off by mistake.
import { t } from '../../i18n';
import { Picto } from './icons';

export interface TileOption<V extends string> {
  value: V;
  label: string;
  /** Pictogram name (icons.tsx); none for plain text tiles (durations, yes/no). */
  icon?: string;
}

interface Props<V extends string> {
  legend: string;
  name: string;
  options: readonly TileOption<V>[];
  selected: readonly V[];
  /** Checkboxes when true; radio buttons otherwise. */
  multiple?: boolean;
  onToggle(value: V): void;
  error?: string;
  /** Small tiles in a denser grid (durations, yes/no, bands). */
  small?: boolean;
  /** Language of the labels when it differs from the page's (the resident's consent choices). */
  lang?: string;
}

export function ChoiceTiles<V extends string>(props: Props<V>) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      class={`team-tiles${props.small ? ' team-tiles-small' : ''}`}
      aria-describedby={props.error ? errorId : undefined}
      data-testid={`tiles-${props.name}`}
    >
      <legend>{props.legend}</legend>
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      <div class="team-tiles-grid">
        {props.options.map((o) => {
          const checked = props.selected.includes(o.value);
          return (
            <label key={o.value} class={`team-tile${checked ? ' team-tile-on' : ''}`} lang={props.lang}>
              <input
                type={props.multiple ? 'checkbox' : 'radio'}
                name={props.name}
                value={o.value}
                checked={checked}
                aria-invalid={props.error ? true : undefined}
                onChange={() => props.onToggle(o.value)}
              />
              {o.icon && <Picto name={o.icon} />}
              <span class="team-tile-label">{o.label}</span>
              {checked && (
                <span class="team-tile-state" data-testid="tile-chosen" aria-hidden="true">
                  ✓ {t('agent.tile.chosen')}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The next selection of a checkbox group after a tap on `value`. */
export function toggled<V>(list: readonly V[], value: V): V[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
