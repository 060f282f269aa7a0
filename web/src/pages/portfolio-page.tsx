import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, apiHref } from '../api.ts';
import { PortfolioMatrix } from '../portfolio/portfolio-matrix.tsx';
import { PortfolioTable } from '../portfolio/portfolio-table.tsx';
import '../portfolio/portfolio.css';

/**
 * The portfolio: every use case of the organisations the user belongs to (an adviser's clients, an
 * owner's company), as a value/feasibility matrix with the same figures in a sortable table beside
 * it, filtered to one organisation with `?org=`; the workbook downloads what is shown.
 */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const orgId = search.get('org') ?? '';
  const query = orgId ? { orgId } : {};
  const portfolio = useQuery({
    queryKey: ['portfolio', orgId],
    queryFn: () => api.get('/api/portfolio', { query }),
  });
  const data = portfolio.data;
  const hasOlder = data?.rows.some((r) => r.isOlderModel) ?? false;

  return (
    <section className="portfolio-page">
      <div className="page-head">
        <h1>{t('portfolio.title')}</h1>
        <a
          className="button"
          href={apiHref('GET /api/portfolio.xlsx', {
            query: { ...query, lang: i18n.language === 'en' ? 'en' : 'nl' },
          })}
          download
        >
          {t('portfolio.download')}
        </a>
      </div>
      <p className="lead">{t('portfolio.intro')}</p>
      {data && data.organisations.length > 1 && (
        <label className="portfolio-filter">
          {t('portfolio.filter')}
          <select
            value={orgId}
            onChange={(e) => setSearch(e.target.value ? { org: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t('portfolio.allOrganisations')}</option>
            {data.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {portfolio.isPending && <p className="loading">{t('web.common.loading')}</p>}
      {portfolio.isError && <p role="alert">{t('portfolio.loadFailed')}</p>}
      {data && data.rows.length === 0 && <p className="empty">{t('portfolio.empty')}</p>}
      {data && data.rows.length > 0 && (
        <div className="portfolio-grid">
          <PortfolioMatrix rows={data.rows} />
          <div>
            <h2>{t('portfolio.matrix.tableTitle')}</h2>
            <PortfolioTable rows={data.rows} modelVersion={data.modelVersion} />
            {hasOlder && (
              <p className="muted">{t('portfolio.model.olderExplain', { current: data.modelVersion })}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
