// The centre a page works on: hidden when the user has only one.
import { t } from '../i18n';
import { session } from '../session';
import { SelectField } from './fields';

export function useCentres() {
  return session.value?.centres ?? [];
}

export function CentrePicker(props: {
  id: string;
  value: string;
  onChange: (id: string) => void;
  any?: boolean;
}) {
  const centres = useCentres();
  if (centres.length <= 1 && !props.any) return null;
  return (
    <SelectField
      id={props.id}
      label={t('coord.filter.centre')}
      value={props.value}
      options={centres.map((c) => [c.id, c.name])}
      any={props.any ? t('coord.all') : undefined}
      onChange={props.onChange}
    />
  );
}

/** The first centre of the user, the default of pages that work on one centre. */
export function firstCentre(): string {
  return session.value?.centres[0]?.id ?? '';
}
