import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api.ts';

export function NewUseCasePage() {
  const { t, i18n } = useTranslation();
  const { orgId } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (title.trim() === '') {
      setError(t('web.useCase.titleRequired'));
      return;
    }
    try {
      const created = await api.post('/api/orgs/:orgId/use-cases', {
        params: { orgId: orgId! },
        body: {
          document: {
            schemaVersion: 1,
            title: title.trim(),
            language: i18n.language === 'en' ? 'en' : 'nl',
            ...(statement.trim() ? { problem: { statement: statement.trim() } } : {}),
          },
        },
      });
      await queryClient.invalidateQueries({ queryKey: ['use-cases', orgId] });
      navigate(`/o/${orgId}/use-cases/${created.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <section className="narrow">
      <h1>{t('web.useCases.new')}</h1>
      <p className="lead">{t('web.useCases.newIntro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('web.useCase.field.title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} required />
          <span className="hint">{t('web.useCase.hint.title')}</span>
        </label>
        <label>
          {t('web.useCase.field.statement')}
          <textarea value={statement} onChange={(e) => setStatement(e.target.value)} rows={4} />
          <span className="hint">{t('web.useCase.hint.statement')}</span>
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('web.useCases.create')}
        </button>
      </form>
    </section>
  );
}
