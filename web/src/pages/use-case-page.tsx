import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, type UseCaseDocument } from '../api.ts';
import { FieldGroup, NumberField, SelectField, TextField, YesNoField } from '../components/fields.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { getPath, setPath } from '../document-paths.ts';
import { useFormat } from '../format.ts';
import { useSaveUseCase, useUseCase } from '../use-case-query.ts';

const ORIGINS = ['problem', 'directive', 'vendor', 'competitor', 'hype'] as const;

/** The use case's title and problem definition, saved as a new revision. */
export function UseCasePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { orgId, useCaseId } = useParams();
  const query = useUseCase(orgId, useCaseId);
  const save = useSaveUseCase(orgId, useCaseId);
  const [doc, setDoc] = useState<UseCaseDocument | null>(null);
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
  const field = (path: string) => getPath(doc, path);
  const set = (path: string) => (v: unknown) => {
    setDoc((d) => setPath(d ?? {}, path, v));
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

  const hours = field('problem.hoursPerWeek') as number | undefined;
  const rate = field('problem.hourlyCost') as number | undefined;

  return (
    <section>
      <UseCaseHeader useCase={useCase} />
      <form className="uc-form" onSubmit={(e) => void submit(e)}>
        <FieldGroup title={t('web.useCase.group.basics')}>
          <TextField
            label={t('web.useCase.field.title')}
            value={field('title') as string | undefined}
            onChange={set('title')}
            hint={t('web.useCase.hint.title')}
          />
        </FieldGroup>
        <FieldGroup title={t('web.useCase.group.problem')}>
          <TextField
            multiline
            label={t('web.useCase.field.statement')}
            value={field('problem.statement') as string | undefined}
            onChange={set('problem.statement')}
            hint={t('web.useCase.hint.statement')}
          />
          <div className="grid-2">
            <TextField
              label={t('web.useCase.field.process')}
              value={field('problem.process') as string | undefined}
              onChange={set('problem.process')}
            />
            <TextField
              label={t('web.useCase.field.affected')}
              value={field('problem.affected') as string | undefined}
              onChange={set('problem.affected')}
            />
          </div>
          <div className="grid-3">
            <NumberField
              label={t('web.useCase.field.hoursPerWeek')}
              unit={t('web.unit.hoursPerWeek')}
              min={0}
              max={10000}
              value={hours}
              onChange={set('problem.hoursPerWeek')}
            />
            <NumberField
              label={t('web.useCase.field.hourlyCost')}
              unit="€"
              min={0}
              value={rate}
              onChange={set('problem.hourlyCost')}
            />
            <NumberField
              label={t('web.useCase.field.volumePerWeek')}
              unit={t('web.unit.perWeek')}
              min={0}
              value={field('problem.volumePerWeek') as number | undefined}
              onChange={set('problem.volumePerWeek')}
            />
            <NumberField
              label={t('web.useCase.field.errorRate')}
              unit="%"
              scale={100}
              min={0}
              max={100}
              value={field('problem.errorRate') as number | undefined}
              onChange={set('problem.errorRate')}
            />
            <NumberField
              label={t('web.useCase.field.costPerError')}
              unit="€"
              min={0}
              value={field('problem.costPerError') as number | undefined}
              onChange={set('problem.costPerError')}
            />
          </div>
          {hours !== undefined && rate !== undefined && (
            <p className="computed" aria-live="polite">
              {t('web.useCase.labourPerWeek', { amount: fmt.money(hours * rate) })}
            </p>
          )}
          <TextField
            multiline
            label={t('web.useCase.field.target')}
            value={field('problem.target') as string | undefined}
            onChange={set('problem.target')}
            hint={t('web.useCase.hint.target')}
          />
          <div className="grid-2">
            <YesNoField
              label={t('web.useCase.field.baselineMeasured')}
              value={field('problem.baselineMeasured') as boolean | undefined}
              onChange={set('problem.baselineMeasured')}
            />
            <YesNoField
              label={t('web.useCase.field.alternativesConsidered')}
              value={field('problem.alternativesConsidered') as boolean | undefined}
              onChange={set('problem.alternativesConsidered')}
            />
          </div>
          <SelectField
            label={t('web.useCase.field.origin')}
            value={field('problem.origin') as (typeof ORIGINS)[number] | undefined}
            options={ORIGINS.map((o) => ({ value: o, label: t(`web.origin.${o}`) }))}
            onChange={set('problem.origin')}
          />
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
