import { label } from '../i18n';
import type { ReviewState } from '../types';

const CLASS: Record<ReviewState, string> = {
  recu: 'badge',
  a_verifier: 'badge badge-warn',
  valide: 'badge badge-ok',
};

export function ReviewBadge({ state }: { state: ReviewState }) {
  return <span class={CLASS[state] ?? 'badge'}>{label('review', state)}</span>;
}
