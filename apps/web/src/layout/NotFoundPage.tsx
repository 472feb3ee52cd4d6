import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from './navigation';
import { Page } from './Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} intro={t('notFound.body')} narrow>
      <p>
        <Link to={paths.home}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
