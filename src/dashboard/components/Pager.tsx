import { t } from '../i18n';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function Pager({ data, onPage }: { data: Paged<unknown>; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (data.total === 0) return null;
  return (
    <nav class="pager" aria-label={t('coord.pager.label')}>
      <button type="button" disabled={data.page <= 1} onClick={() => onPage(data.page - 1)}>
        {t('coord.pager.prev')}
      </button>
      <span>{t('coord.pager.status', { page: data.page, pages, total: data.total })}</span>
      <button type="button" disabled={data.page >= pages} onClick={() => onPage(data.page + 1)}>
        {t('coord.pager.next')}
      </button>
    </nav>
  );
}
