// French labels of the data model's ids for exports, taken from the tablet's own label file so a
// spreadsheet says what the agent chose on screen; the accompaniment types use La Coop's words.
import { agentLabels } from '../../../src/i18n/messages/agent-labels';

const fr: Record<string, string> = agentLabels.fr;

const TYPES: Record<string, string> = {
  individuel: 'Individuel',
  collectif: 'Collectif',
  information: 'Information',
};

export type LabelKind =
  | 'place'
  | 'sex'
  | 'age'
  | 'status'
  | 'yn'
  | 'theme'
  | 'sub'
  | 'inst'
  | 'equip'
  | 'action'
  | 'redir'
  | 'autonomy'
  | 'purpose';

export function label(kind: LabelKind | 'type', id: string | undefined | null): string {
  if (id === undefined || id === null || id === '') return '';
  if (kind === 'type') return TYPES[id] ?? id;
  return fr[`agent.${kind}.${id}`] ?? id;
}

export function labels(kind: LabelKind, ids: readonly string[] | undefined): string {
  return (ids ?? []).map((id) => label(kind, id)).join(' | ');
}

export const EU_BAND_LABELS: Record<string, string> = {
  moins_25: 'Moins de 25 ans',
  '25_54': '25 à 54 ans',
  '55_plus': '55 ans et plus',
  non_communique: 'Non communiqué',
};
