import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { DataFileCard } from '../data/data-file-card.tsx';
import { useDataFiles } from '../data/data-file-queries.ts';
import { UploadPanel } from '../data/upload-panel.tsx';
import { useUseCase } from '../use-case-query.ts';

/**
 * The Data tab: upload the company's own files, follow their profiling, read what is wrong with
 * them. Finished profiles are evidence for the data factor of the assessment.
 */
export function DataPage() {
  const { t } = useTranslation();
  const { orgId = '', useCaseId = '' } = useParams();
  const useCase = useUseCase(orgId, useCaseId);
  const files = useDataFiles(orgId, useCaseId);
  const listHeading = useRef<HTMLHeadingElement>(null);

  if (useCase.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  const list = files.data ?? [];
  const profiled = list.filter((f) => f.status === 'done' && f.countsAsEvidence).length;

  return (
    <section className="data-page">
      <UseCaseHeader useCase={useCase.data} />
      <h2>{t('profiler.page.title')}</h2>
      <p className="lead">{t('profiler.page.intro')}</p>
      <UploadPanel orgId={orgId} useCaseId={useCaseId} />

      {profiled > 0 && (
        <p className="notice data-assessment-note">
          {t('profiler.page.assessment.note', { count: profiled })}{' '}
          <Link to={`/o/${orgId}/use-cases/${useCaseId}/results`}>{t('profiler.page.assessment.link')}</Link>
        </p>
      )}

      <h2 ref={listHeading} tabIndex={-1}>
        {t('profiler.page.files.title')}
      </h2>
      {files.isPending && <p>{t('web.common.loading')}</p>}
      {files.isError && (
        <p className="error" role="alert">
          {(files.error as Error).message}
        </p>
      )}
      {files.data && list.length === 0 && <p className="empty">{t('profiler.page.files.none')}</p>}
      {list.map((f) => (
        <DataFileCard
          key={f.id}
          orgId={orgId}
          useCaseId={useCaseId}
          listed={f}
          onDeleted={() => listHeading.current?.focus()}
        />
      ))}
    </section>
  );
}
