import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { withValueAtPath } from '../../../src/core/use-case/use-case-paths.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import { ApiError } from '../api.ts';
import { FieldGroup, TextField } from '../components/fields.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useFormat } from '../format.ts';
import { INTAKE_STEPS } from '../intake/intake-questions.ts';
import { UseCaseQuestionField } from '../intake/question-field.tsx';
import { useSaveUseCase, useUseCase } from '../use-case-query.ts';

/** The intake's problem step: one set of questions, labels and help texts for both pages. */
const PROBLEM_QUESTIONS = INTAKE_STEPS.find((step) => step.id === 'problem')?.questions ?? [];

/** The use case's title and problem definition, saved as a new revision. */
export function UseCasePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { orgId, useCaseId } = useParams();
  const query = useUseCase(orgId, useCaseId);
  const save = useSaveUseCase(orgId, useCaseId);
  const [doc, setDoc] = useState<UseCase | null>(null);
  const [baseRevision, setBaseRevision] = useState(0);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (query.data && query.data.revision !== baseRevision) {
      setDoc(query.data.document);
      setBaseRevision(query.data.revision);
    }
  }, [query.data, baseRevision]);

  if (query.isPending) return <p>{t('web.common.loading')}</p>;
  if (query.isError) return <p role="alert">{(query.error as Error).message}</p>;
  if (!doc) return null;
  const useCase = query.data;
  const dirty = JSON.stringify(doc) !== JSON.stringify(useCase.document);
  const change = (next: UseCase) => {
    setDoc(next);
    setMessage(null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!doc) return;
    try {
      await save.mutateAsync({ document: doc, expectedRevision: baseRevision });
      setMessage({ kind: 'ok', text: t('web.useCase.saved') });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof ApiError ? err.message : String(err) });
    }
  }

  const hours = doc.problem?.hoursPerWeek;
  const rate = doc.problem?.hourlyCost;

  return (
    <section>
      <UseCaseHeader useCase={useCase} />
      <form className="uc-form" onSubmit={(e) => void submit(e)}>
        <FieldGroup title={t('web.useCase.group.basics')}>
          <TextField
            label={t('web.useCase.field.title')}
            value={doc.title}
            onChange={(title) => change(withValueAtPath(doc, 'title', title))}
            hint={t('web.useCase.hint.title')}
          />
        </FieldGroup>
        <FieldGroup title={t('web.useCase.group.problem')}>
          {PROBLEM_QUESTIONS.map((question) =>
            question.kind === 'list' ? null : (
              <UseCaseQuestionField
                key={question.id}
                question={question}
                doc={doc}
                onChange={(next) => change(next)}
              />
            ),
          )}
          {hours !== undefined && rate !== undefined && (
            <p className="computed" aria-live="polite">
              {t('web.useCase.labourPerWeek', { amount: fmt.eur(hours * rate) })}
            </p>
          )}
        </FieldGroup>
        <div className="form-actions sticky">
          <button type="submit" className="primary" disabled={!dirty || save.isPending}>
            {save.isPending ? t('web.common.busy') : t('web.useCase.save')}
          </button>
          {dirty && <span className="muted">{t('web.useCase.unsaved')}</span>}
          {message && (
            <span
              className={message.kind === 'ok' ? 'ok' : 'error'}
              role={message.kind === 'ok' ? 'status' : 'alert'}
            >
              {message.text}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
