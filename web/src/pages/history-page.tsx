import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../api.ts';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useFormat } from '../format.ts';
import { useUseCase } from '../use-case-query.ts';

/** Every saved version of a use case, what changed, and a way back. */
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
  if (useCase.isError) return <p role="alert">{(useCase.error as Error).message}</p>;
  if (revisions.isError) return <p role="alert">{(revisions.error as Error).message}</p>;
  const list = revisions.data;

  return (
    <section>
      <UseCaseHeader useCase={useCase.data} />
      <h2>{t('web.history.title')}</h2>
      {restore.isError && (
        <p className="error" role="alert">
          {restore.error instanceof ApiError ? restore.error.message : String(restore.error)}
        </p>
      )}
      <ol className="history" aria-label={t('web.history.title')}>
        {list.map((rev, i) => {
          const previous = list[i + 1];
          const changes = previous ? changedPaths(previous.document, rev.document) : [];
          if (previous && previous.status !== rev.status) changes.unshift('status');
          return (
            <li key={rev.revision} className="history-item">
              <div className="history-head">
                <strong>{t('web.useCases.revision', { n: rev.revision })}</strong>
                <span>{fmt.dateTime(rev.createdAt)}</span>
                {rev.createdByName && <span>{rev.createdByName}</span>}
                {rev.revision === useCase.data.revision && (
                  <span className="badge">{t('web.history.current')}</span>
                )}
                {rev.note?.startsWith('restored:') && (
                  <span className="badge">{t('web.history.restoredFrom', { n: rev.note.slice(9) })}</span>
                )}
              </div>
              <p className="muted">
                {previous
                  ? changes.length > 0
                    ? t('web.history.changed', { fields: changes.join(', ') })
                    : t('web.history.noChanges')
                  : t('web.history.created')}
              </p>
              <div className="history-actions">
                <button type="button" onClick={() => setOpen(open === rev.revision ? null : rev.revision)}>
                  {open === rev.revision ? t('web.history.hide') : t('web.history.show')}
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
              {open === rev.revision && (
                <pre className="doc-view">{JSON.stringify(rev.document, null, 2)}</pre>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Dotted paths whose values differ between two documents (leaves only). */
function changedPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(a) || !isObj(b)) return [prefix || '(root)'];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((k) =>
    changedPaths(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      prefix ? `${prefix}.${k}` : k,
    ),
  );
}
