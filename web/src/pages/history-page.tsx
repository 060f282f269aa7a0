import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { diffUseCases } from '../../../src/core/use-case/diff-use-cases.ts';
import { ApiError, api, type UseCaseRevision } from '../api.ts';
import { LoadFailed } from '../components/load-failed.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useFormat } from '../format.ts';
import { type ChangeLine, describeChanges, sectionTitle } from '../intake/describe-changes.ts';
import { useUseCase } from '../use-case-query.ts';

/**
 * Every version of a use case (one per person and editing session), what changed in it named by
 * the intake's questions with the values before and after, every answer of a version on request,
 * and a way back.
 */
export function HistoryPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { orgId, useCaseId } = useParams();
  const queryClient = useQueryClient();
  const useCase = useUseCase(orgId, useCaseId);
  const [open, setOpen] = useState<number | null>(null);
  const revisions = useQuery({
    queryKey: ['revisions', orgId, useCaseId],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/revisions', {
        params: { orgId: orgId!, useCaseId: useCaseId! },
      }),
  });
  const restore = useMutation({
    mutationFn: (revision: number) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision/restore', {
        params: { orgId: orgId!, useCaseId: useCaseId!, revision },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['use-case', orgId, useCaseId], saved);
      void queryClient.invalidateQueries({ queryKey: ['revisions', orgId, useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['use-cases', orgId] });
    },
  });

  if (useCase.isPending || revisions.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  if (revisions.isError) return <LoadFailed error={revisions.error} />;
  const list = revisions.data;

  return (
    <section>
      <UseCaseHeader useCase={useCase.data} />
      <h2>{t('web.history.title')}</h2>
      <p className="lead">{t('web.history.intro')}</p>
      {restore.isError && (
        <p className="error" role="alert">
          {restore.error instanceof ApiError ? restore.error.message : String(restore.error)}
        </p>
      )}
      <ol className="history" aria-label={t('web.history.title')}>
        {list.map((rev, i) => {
          const previous = list[i + 1];
          const changes = whatChanged(previous, rev, t, fmt);
          const isOpen = open === rev.revision;
          return (
            <li key={rev.revision} className="history-item">
              <div className="history-head">
                <strong>{t('web.useCases.revision', { n: rev.revision })}</strong>
                <span>{fmt.dateTime(rev.savedAt)}</span>
                {rev.createdByName && <span>{rev.createdByName}</span>}
                {rev.saves > 1 && (
                  <span className="muted">{t('web.history.saves', { count: rev.saves })}</span>
                )}
                {rev.revision === useCase.data.revision && (
                  <span className="badge">{t('web.history.current')}</span>
                )}
                {rev.note?.startsWith('restored:') && (
                  <span className="badge">{t('web.history.restoredFrom', { n: rev.note.slice(9) })}</span>
                )}
              </div>
              {previous ? (
                changes.length > 0 ? (
                  <ChangeList lines={changes} />
                ) : (
                  <p className="muted">{t('web.history.noChanges')}</p>
                )
              ) : (
                <p className="muted">{t('web.history.created')}</p>
              )}
              <div className="history-actions">
                <button
                  type="button"
                  aria-expanded={isOpen}
                  onClick={() => setOpen(isOpen ? null : rev.revision)}
                >
                  {isOpen ? t('web.history.hide') : t('web.history.show')}
                </button>
                {rev.revision !== useCase.data.revision && (
                  <button
                    type="button"
                    onClick={() => restore.mutate(rev.revision)}
                    disabled={restore.isPending}
                  >
                    {t('web.history.restore')}
                  </button>
                )}
              </div>
              {isOpen && <Answers revision={rev} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The changes from one version to the next, the status first. */
function whatChanged(
  previous: UseCaseRevision | undefined,
  rev: UseCaseRevision,
  t: Translate,
  fmt: ReturnType<typeof useFormat>,
): ChangeLine[] {
  if (!previous) return [];
  const lines = describeChanges(diffUseCases(previous.document, rev.document), t, fmt);
  if (previous.status !== rev.status) {
    lines.unshift({
      key: 'status',
      section: 'general',
      label: t('web.useCase.status'),
      before: t(`web.status.${previous.status}`),
      after: t(`web.status.${rev.status}`),
    });
  }
  return lines;
}

/** Question: old → new, one line each; the old value struck through, "not answered" in grey. */
function ChangeList({ lines }: { lines: ChangeLine[] }) {
  const { t } = useTranslation();
  const notAnswered = <span className="muted">{t('web.history.notAnswered')}</span>;
  return (
    <ul className="history-changes">
      {lines.map((line) => (
        <li key={line.key}>
          <strong>{line.label}</strong>: {line.before === null ? notAnswered : <del>{line.before}</del>}{' '}
          <span aria-hidden="true">→</span>
          <span className="visually-hidden"> {t('web.history.becomes')} </span>{' '}
          {line.after === null ? notAnswered : <ins>{line.after}</ins>}
        </li>
      ))}
    </ul>
  );
}

/** Every answer of one version, grouped by the intake's steps. */
function Answers({ revision }: { revision: UseCaseRevision }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lines = describeChanges(diffUseCases({}, revision.document), t, fmt);
  if (lines.length === 0) return <p className="muted">{t('web.history.empty')}</p>;
  const sections = [...new Set(lines.map((l) => l.section))];
  return (
    <div className="history-answers">
      {sections.map((section) => (
        <section key={section}>
          <h3>{sectionTitle(section, t)}</h3>
          <dl>
            {lines
              .filter((l) => l.section === section)
              .map((l) => (
                <div key={l.key}>
                  <dt>{l.label}</dt>
                  <dd>{l.after}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
