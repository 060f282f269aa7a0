import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { type AutosaveState, useSaveScheduler } from '../use-autosave.ts';
import { useChangePlan } from './pilot-queries.ts';
import { type FieldErrors, fieldErrorsOf, type PilotPlanDraft, type PilotView } from './pilot-types.ts';

type Ids = { orgId: string; useCaseId: string; pilotId: string };

/**
 * The plan as the owner edits it. While the pilot is planned every change is saved shortly after
 * typing stops (one save at a time, the newest text wins; a tab switch waits for it, as the intake's
 * does), and a 400's problems come back per field.
 * Once started nothing is saved by itself: `amend` sends the changes with their reason.
 */
export function usePlanDraft(pilot: PilotView, ids: Ids, delayMs = 700) {
  const change = useChangePlan(ids);
  const mutate = useRef(change.mutateAsync);
  mutate.current = change.mutateAsync;
  const isAutosaving = pilot.status === 'planned';
  const [draft, setDraft] = useState<PilotPlanDraft>(pilot.plan);
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const latest = useRef(draft);
  const saved = useRef(JSON.stringify(pilot.plan));
  const isClean = useCallback(() => JSON.stringify(latest.current) === saved.current, []);

  // The stored plan moved on (a save's answer, an amendment, another tab): show it unless edits wait.
  const serverPlan = JSON.stringify(pilot.plan);
  useEffect(() => {
    if (serverPlan !== saved.current && isClean()) {
      const plan = JSON.parse(serverPlan) as PilotPlanDraft;
      saved.current = serverPlan;
      latest.current = plan;
      setDraft(plan);
    }
  }, [serverPlan, isClean]);

  const saveNow = useCallback(async (): Promise<void> => {
    const body = JSON.stringify(latest.current);
    if (body === saved.current) {
      setState((s) => (s === 'pending' ? 'saved' : s));
      return;
    }
    setState('saving');
    try {
      const answer = await mutate.current({ plan: latest.current });
      saved.current = body;
      if (isClean()) {
        // Take the server's plan (it may have tidied what was sent).
        const stored = JSON.stringify(answer.plan);
        saved.current = stored;
        latest.current = answer.plan;
        setDraft(answer.plan);
      }
      setErrors({});
      setError(null);
      setState(isClean() ? 'saved' : 'pending');
    } catch (e) {
      setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
      setError(e instanceof Error ? e.message : String(e));
      setState('error');
    }
  }, [isClean]);

  const { flush, schedule } = useSaveScheduler(saveNow, isClean, { delayMs, isEnabled: isAutosaving });

  const update = useCallback(
    (next: PilotPlanDraft) => {
      latest.current = next;
      setDraft(next);
      if (!isAutosaving) return;
      setState('pending');
      schedule();
    },
    [schedule, isAutosaving],
  );

  /** A started pilot: the changed plan with why it changed. */
  const amend = useCallback(
    async (amendment: { reason: string; what?: string | undefined }): Promise<boolean> => {
      setState('saving');
      try {
        const answer = await mutate.current({
          plan: latest.current,
          amendment: { reason: amendment.reason, ...(amendment.what ? { what: amendment.what } : {}) },
        });
        saved.current = JSON.stringify(answer.plan);
        latest.current = answer.plan;
        setDraft(answer.plan);
        setErrors({});
        setError(null);
        setState('saved');
        return true;
      } catch (e) {
        setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
        setError(e instanceof Error ? e.message : String(e));
        setState('error');
        return false;
      }
    },
    [],
  );

  /** Back to the stored plan (a started pilot's edits not wanted after all). */
  const discard = useCallback(() => {
    const plan = JSON.parse(saved.current) as PilotPlanDraft;
    latest.current = plan;
    setDraft(plan);
    setErrors({});
    setError(null);
    setState('idle');
  }, []);

  const isDirty = JSON.stringify(draft) !== saved.current;
  return { draft, update, state, error, errors, flush, amend, discard, isDirty };
}
