// French words of the data model's ids for exports: the funders' (official) wording of the one
// catalogue (src/shared/labels), the same words the dashboard shows, so a spreadsheet adds up
// with what CAF and FEDER receive. No id is ever printed in their place.
import { idLabel, type LabelGroup, type LabelIds } from '../../../src/shared/labels';

export function label<G extends LabelGroup>(group: G, id: LabelIds[G] | string | undefined | null): string {
  if (id === undefined || id === null || id === '') return '';
  return idLabel(group, id, 'fr', 'official');
}

export function labels(group: LabelGroup, ids: readonly string[] | undefined): string {
  return (ids ?? []).map((id) => label(group, id)).join(' | ');
}
