import { formatNumber, t } from '../i18n';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Lists paged by position (the encounters): the cursors of the pages beside this one. */
  next?: string | null;
  prev?: string | null;
  /** More rows than the server counts (10,000): « plus de 10 000 résultats ». */
  totalCapped?: boolean;
}

/**
 * « Page précédente / suivante » and where the page is. A list with cursors moves by them (`onPage`
 * gets the cursor of the page asked for); the others by page number.
 */
export function Pager({
  data,
  onPage,
}: {
  data: Paged<unknown>;
  onPage: (page: number, cursor?: string) => void;
}) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (data.total === 0) return null;
  const byCursor = data.next !== undefined || data.prev !== undefined;
  const hasPrev = byCursor ? !!data.prev : data.page > 1;
  const hasNext = byCursor ? !!data.next : data.page < pages;
  const status = data.totalCapped
    ? t('coord.pager.statusMany', { page: data.page, total: formatNumber(data.total) })
    : t('coord.pager.status', { page: data.page, pages, total: data.total });
  return (
    <nav class="pager" aria-label={t('coord.pager.label')}>
      <button type="button" disabled={!hasPrev} onClick={() => onPage(data.page - 1, data.prev ?? undefined)}>
        {t('coord.pager.prev')}
      </button>
      <span>{status}</span>
      <button type="button" disabled={!hasNext} onClick={() => onPage(data.page + 1, data.next ?? undefined)}>
        {t('coord.pager.next')}
      </button>
    </nav>
  );
}
