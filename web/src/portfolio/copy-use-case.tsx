import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type StoredUseCase } from '../api.ts';
import { useSession } from '../session.ts';
import './portfolio.css';

/**
 * "Copy to another client": the use case's answers into another organisation where the user is
 * owner or adviser, as a template (data files, pilots, surveys and vendors stay). Shown only when
 * there is such an organisation.
 */
export function CopyUseCase({ orgId, useCase }: { orgId: string; useCase: StoredUseCase }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const queryClient = useQueryClient();
  const targets = (session.data?.memberships ?? []).filter(
    (m) => m.organisationId !== orgId && (m.role === 'owner' || m.role === 'adviser'),
  );
  const [targetOrgId, setTarget] = useState('');
  const [title, setTitle] = useState(useCase.title);
  const copy = useMutation({
    mutationFn: (target: string) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/copy', {
        params: { orgId, useCaseId: useCase.id },
        body: { targetOrgId: target, ...(title.trim() ? { title: title.trim() } : {}) },
      }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['use-cases', created.organisationId] });
      void queryClient.invalidateQueries({ queryKey: ['portfolio'] });
    },
  });
  if (targets.length === 0) return null;
  const chosen = targetOrgId || targets[0]!.organisationId;

  function submit(e: FormEvent) {
    e.preventDefault();
    copy.mutate(chosen);
  }

  const done = copy.data;
  return (
    <details className="copy-use-case">
      <summary>{t('portfolio.copy.action')}</summary>
      <form onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('portfolio.copy.title')}
        </h2>
        <p className="muted">{t('portfolio.copy.intro')}</p>
        <label htmlFor={`${id}-target`}>{t('portfolio.copy.target')}</label>
        <select id={`${id}-target`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {targets.map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-name`}>{t('portfolio.copy.newTitle')}</label>
        <input id={`${id}-name`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary" disabled={copy.isPending}>
          {t('portfolio.copy.submit')}
        </button>
        {copy.isError && <p role="alert">{t('portfolio.copy.failed')}</p>}
        {done && (
          <p role="status">
            {t('portfolio.copy.done', {
              organisation:
                targets.find((m) => m.organisationId === done.organisationId)?.organisationName ?? '',
            })}{' '}
            <Link to={`/o/${done.organisationId}/use-cases/${done.id}`}>{t('portfolio.copy.open')}</Link>
          </p>
        )}
      </form>
    </details>
  );
}
