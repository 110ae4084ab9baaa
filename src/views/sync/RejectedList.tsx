import { language, type MessageKey, t } from '../../i18n';
import type { RejectedMutation } from '../../sync/state';
import { formatAgo } from '../../sync/status';

/** Mutations the server refused, with its reason: the team sees them, the coordination too. */
export function RejectedList({ rejected, now }: { rejected: RejectedMutation[]; now: Date }) {
  if (rejected.length === 0) return null;
  const latest = [...rejected].reverse();
  return (
    <section class="sync-rejected" aria-labelledby="sync-rejected-title">
      <h2 id="sync-rejected-title">{t('sync.rejected.title')}</h2>
      <p>{t('sync.rejected.intro')}</p>
      <ul data-testid="sync-rejected">
        {latest.map((r) => (
          <li key={r.seq}>
            {t('sync.rejected.item', {
              what: t(`sync.entity.${r.entity}` as MessageKey),
              reason: r.reason,
            })}{' '}
            <span class="sync-hint">({formatAgo(r.at, now, language.value)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
