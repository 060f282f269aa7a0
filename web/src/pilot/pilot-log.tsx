import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { DecimalInput, TextInput } from './pilot-fields.tsx';
import { usePilotFormat } from './pilot-format.ts';
import { useAddIteration } from './pilot-queries.ts';
import { type FieldErrors, fieldErrorsOf, type PilotView } from './pilot-types.ts';

type Ids = { orgId: string; useCaseId: string; pilotId: string };

/** The iteration log: what changed in a week and why, newest first, and a form to add one. */
export function IterationLog({ pilot, ids, canAdd }: { pilot: PilotView; ids: Ids; canAdd: boolean }) {
  const { t } = useTranslation();
  const add = useAddIteration(ids);
  const lastWeek = Math.max(1, ...pilot.measurements.map((m) => m.week));
  const [week, setWeek] = useState<number | undefined>(lastWeek);
  const [change, setChange] = useState('');
  const [why, setWhy] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const items = [...pilot.iterations].sort(
    (a, b) => b.week - a.week || b.createdAt.localeCompare(a.createdAt),
  );

  async function submit() {
    setProblem(null);
    try {
      await add.mutateAsync({ week: week ?? lastWeek, change: change.trim(), why: why.trim() });
      setChange('');
      setWhy('');
      setErrors({});
    } catch (e) {
      setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="pilot-iterations">
      {canAdd && (
        <form
          className="card pilot-iteration-form"
          aria-labelledby={`${id}-h`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h3 id={`${id}-h`}>{t('pilotWeb.iterations.add')}</h3>
          <div className="pilot-grid">
            <DecimalInput
              label={t('pilotWeb.iterations.week')}
              value={week}
              min={1}
              max={52}
              error={errors.week}
              onChange={setWeek}
            />
          </div>
          <TextInput
            label={t('pilotWeb.iterations.change')}
            value={change}
            isMultiline
            error={errors.change}
            onChange={(v) => setChange(v ?? '')}
          />
          <TextInput
            label={t('pilotWeb.iterations.why')}
            hint={t('pilotWeb.iterations.whyHint')}
            value={why}
            isMultiline
            error={errors.why}
            onChange={(v) => setWhy(v ?? '')}
          />
          {problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="primary"
              disabled={add.isPending || change.trim() === '' || why.trim() === ''}
            >
              {t('pilotWeb.iterations.save')}
            </button>
          </div>
        </form>
      )}
      {items.length === 0 ? (
        <p className="empty">{t('pilot.report.noIterations')}</p>
      ) : (
        <ol className="pilot-log" reversed>
          {items.map((it) => (
            <li key={it.id}>
              <strong>{t('pilotWeb.iterations.weekLabel', { week: it.week })}</strong> {it.change}{' '}
              <span className="muted">{t('pilotWeb.iterations.because', { why: it.why })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Changes to the plan after the start, each with its date, reason and who made it. */
export function AmendmentList({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  if (pilot.amendments.length === 0) return <p className="empty">{t('pilot.report.noAmendments')}</p>;
  return (
    <ul className="pilot-log pilot-amendments">
      {pilot.amendments.map((a) => (
        <li key={a.id}>
          <strong>{f.day(a.date)}</strong> {a.what}{' '}
          <span className="muted">
            {t('pilotWeb.amend.reasonLine', { reason: a.reason })}
            {a.by ? ` · ${a.by}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
