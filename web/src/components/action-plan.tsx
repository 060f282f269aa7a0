import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionProgressView, RenderedAssessment } from '../../../src/api/assessment-schemas.ts';
import { ApiError, api } from '../api.ts';
import { useFormat } from '../format.ts';

type PlanAction = RenderedAssessment['actions'][number];

/** How many open actions the plan shows before folding the rest away. */
const FIRST = 3;

/** Today in the browser's own calendar, as the API wants it: YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The action plan as a to-do list: the first three open actions, the rest folded away, each one to
 * tick off with a day and a note. An action whose evidence changed since it was ticked off has
 * done its work and leaves the plan (the server decides: `settled`); it stays listed under "done".
 */
export function ActionPlan({
  orgId,
  useCaseId,
  actions,
  progress,
}: {
  orgId: string;
  useCaseId: string;
  actions: readonly PlanAction[];
  progress: readonly ActionProgressView[];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const byId = new Map(progress.map((p) => [p.actionId, p]));
  const inPlan = actions.filter((a) => byId.get(a.id)?.state !== 'settled');
  const open = inPlan.filter((a) => byId.get(a.id)?.state !== 'done');
  const first = open.slice(0, FIRST);
  const later = open.slice(FIRST);
  const done = progress.filter((p) => p.state !== 'reopened');
  const dateOf = (p: ActionProgressView) => fmt.date(p.doneOn, { timeZone: 'UTC' });

  return (
    <div className="panel action-plan">
      <h2>{t('web.results.actionsTitle')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('web.results.noActions')}</p>
      ) : (
        <>
          <p className="muted small">{t('web.actions.summary', { count: open.length })}</p>
          <ol className="actions">
            {first.map((a) => (
              <ActionItem key={a.id} {...{ orgId, useCaseId, action: a, progress: byId.get(a.id) }} />
            ))}
          </ol>
          {later.length > 0 && (
            <details className="actions-later">
              <summary>{t('web.actions.later', { count: later.length })}</summary>
              <ol className="actions" start={FIRST + 1}>
                {later.map((a) => (
                  <ActionItem key={a.id} {...{ orgId, useCaseId, action: a, progress: byId.get(a.id) }} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      {done.length > 0 && (
        <>
          <h3>{t('web.actions.doneTitle', { count: done.length })}</h3>
          <ul className="actions-done">
            {done.map((p) => (
              <DoneItem key={p.actionId} {...{ orgId, useCaseId, progress: p, date: dateOf(p) }} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function useActionMutations(orgId: string, useCaseId: string, actionId: string) {
  const queryClient = useQueryClient();
  const params = { orgId, useCaseId, actionId };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['assessment', orgId, useCaseId] });
  const markDone = useMutation({
    mutationFn: (body: { doneOn: string; note: string }) =>
      api.put('/api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId', { params, body }),
    onSuccess: refresh,
  });
  const reopen = useMutation({
    mutationFn: () => api.delete('/api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId', { params }),
    onSuccess: refresh,
  });
  return { markDone, reopen };
}

function errorText(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

function ActionItem({
  orgId,
  useCaseId,
  action,
  progress,
}: {
  orgId: string;
  useCaseId: string;
  action: PlanAction;
  progress: ActionProgressView | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [editing, setEditing] = useState(false);
  const { markDone } = useActionMutations(orgId, useCaseId, action.id);
  const ids = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    markDone.mutate(
      { doneOn: String(form.get('doneOn') || today()), note: String(form.get('note') ?? '') },
      { onSuccess: () => setEditing(false) },
    );
  }

  return (
    <li className="action">
      <strong>{action.title}</strong>
      <p>{action.why}</p>
      <p className="muted small">
        {t('web.results.owner', { owner: action.owner })} ·{' '}
        {t(`web.factor.${action.factor}`, { defaultValue: action.factor })} ·{' '}
        {t(`web.actions.effort.${action.effort}`)}
      </p>
      {progress?.state === 'reopened' && (
        <p className="notice small">
          {t('web.actions.reopened', { date: fmt.date(progress.doneOn, { timeZone: 'UTC' }) })}
        </p>
      )}
      {editing ? (
        <form
          className="action-form"
          onSubmit={submit}
          aria-label={t('web.actions.formLabel', { title: action.title })}
        >
          <div className="field">
            <label htmlFor={`${ids}-date`}>{t('web.actions.doneOn')}</label>
            <input
              id={`${ids}-date`}
              name="doneOn"
              type="date"
              defaultValue={today()}
              max={today()}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-note`}>{t('web.actions.note')}</label>
            <textarea
              id={`${ids}-note`}
              name="note"
              rows={2}
              maxLength={2000}
              placeholder={t('web.actions.notePlaceholder')}
            />
          </div>
          {markDone.isError && (
            <p className="error" role="alert">
              {errorText(markDone.error)}
            </p>
          )}
          <div className="row-actions">
            <button type="submit" className="primary" disabled={markDone.isPending}>
              {t('web.actions.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('web.actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="action-tick" onClick={() => setEditing(true)}>
          {t('web.actions.markDone')}
        </button>
      )}
    </li>
  );
}

function DoneItem({
  orgId,
  useCaseId,
  progress,
  date,
}: {
  orgId: string;
  useCaseId: string;
  progress: ActionProgressView;
  date: string;
}) {
  const { t } = useTranslation();
  const { reopen } = useActionMutations(orgId, useCaseId, progress.actionId);
  return (
    <li className={`action-done action-${progress.state}`}>
      <span className="done-mark" aria-hidden="true">
        ✓
      </span>{' '}
      <span>
        <strong>{progress.title}</strong>{' '}
        <span className="muted small">
          {t(progress.state === 'settled' ? 'web.actions.settledOn' : 'web.actions.doneDate', { date })}
        </span>
        {progress.note && <span className="action-note">{progress.note}</span>}
      </span>
      {progress.state === 'done' && (
        <button
          type="button"
          className="action-reopen"
          onClick={() => reopen.mutate()}
          disabled={reopen.isPending}
          aria-label={t('web.actions.reopenLabel', { title: progress.title })}
        >
          {t('web.actions.reopen')}
        </button>
      )}
      {reopen.isError && (
        <span className="error" role="alert">
          {errorText(reopen.error)}
        </span>
      )}
    </li>
  );
}
