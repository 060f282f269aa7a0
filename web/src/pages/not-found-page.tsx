import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

/** An address inside an organisation that is no page: say so, and offer the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { orgId } = useParams();
  return (
    <section className="narrow">
      <h1>{t('web.notFound.title')}</h1>
      <p>{t('web.notFound.text')}</p>
      <p>
        <Link to={orgId ? `/o/${orgId}` : '/'}>{t('web.notFound.back')}</Link>
      </p>
    </section>
  );
}
