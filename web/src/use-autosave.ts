import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type StoredUseCase, type UseCaseDocument } from './api.ts';
import { useSaveUseCase } from './use-case-query.ts';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/**
 * Edits a use-case document locally and saves it shortly after the user stops typing. Saves are
 * serialised and carry the revision they were based on, so a concurrent edit elsewhere ends in a
 * visible conflict instead of a silent overwrite.
 */
export function useAutosave(useCase: StoredUseCase, orgId: string, delayMs = 800) {
  const save = useSaveUseCase(orgId, useCase.id);
  const [doc, setDoc] = useState<UseCaseDocument>(useCase.document);
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const revision = useRef(useCase.revision);
  const latest = useRef(doc);
  const saved = useRef(JSON.stringify(useCase.document));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    const body = JSON.stringify(latest.current);
    if (body === saved.current) return;
    setState('saving');
    const run = (async () => {
      try {
        const result = await save.mutateAsync({
          document: latest.current,
          expectedRevision: revision.current,
        });
        revision.current = result.revision;
        saved.current = body;
        setState(JSON.stringify(latest.current) === body ? 'saved' : 'pending');
        setError(null);
      } catch (e) {
        const conflict = e instanceof ApiError && e.code === 'REVISION_CONFLICT';
        setState(conflict ? 'conflict' : 'error');
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (JSON.stringify(latest.current) !== saved.current && latest.current) {
      timer.current = setTimeout(() => void flush(), delayMs);
    }
  }, [save, delayMs]);

  const update = useCallback(
    (next: UseCaseDocument) => {
      latest.current = next;
      setDoc(next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  // Save what is pending when the page is left.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(latest.current) !== saved.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void flush();
    };
  }, [flush]);

  return { doc, update, state, error, flush, revision: () => revision.current };
}
