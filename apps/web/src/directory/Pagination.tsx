import { useTranslation } from 'react-i18next';

/** Previous / next and where the reader is; nothing when everything fits on one page. */
export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('directory.pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('directory.pagination.previous')}
      </button>
      <span className="pagination__position" aria-current="page">
        {t('directory.pagination.position', { page, pages })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('directory.pagination.next')}
      </button>
    </nav>
  );
}
