import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.ts';

/**
 * What a page shows when its data cannot be loaded: a heading (an unknown or removed use case is
 * "not found"), the reason in the user's language, and the way back to the list.
 */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const isNotFound = error instanceof ApiError && error.status === 404;
  return (
    <section className="narrow">
      <h1>{isNotFound ? t('web.notFound.useCaseTitle') : t('web.common.loadFailed')}</h1>
      <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <Link to={orgId ? `/o/${orgId}` : '/'}>{t('web.notFound.back')}</Link>
      </p>
    </section>
  );
}
