import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { ApiError, api, type StoredUseCase } from './api.ts';
import { useSaveUseCase } from './use-case-query.ts';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/**
 * Edits a use-case document locally and saves it shortly after the user stops typing. Saves run
 * one after another (a chain, never two at once) and carry the revision they were based on, so a
 * concurrent edit elsewhere ends in a visible conflict instead of a silent overwrite.
 */
export function useAutosave(useCase: StoredUseCase, orgId: string, delayMs = 800) {
  const save = useSaveUseCase(orgId, useCase.id);
  const saveRef = useRef(save.mutateAsync);
  saveRef.current = save.mutateAsync;
  const [doc, setDoc] = useState<UseCase>(useCase.document);
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const revision = useRef(useCase.revision);
  const latest = useRef(doc);
  const saved = useRef(JSON.stringify(useCase.document));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const halted = useRef(false);

  const saveNow = useCallback(async (): Promise<void> => {
    const body = JSON.stringify(latest.current);
    if (body === saved.current || halted.current) return;
    setState('saving');
    try {
      const result = await saveRef.current({ document: latest.current, expectedRevision: revision.current });
      revision.current = result.revision;
      saved.current = body;
      setState(JSON.stringify(latest.current) === body ? 'saved' : 'pending');
      setError(null);
    } catch (e) {
      let conflict = e instanceof ApiError && e.code === 'REVISION_CONFLICT';
      if (conflict) {
        // A newer revision that only changed the status (or nothing in the document) is not a
        // conflict with what the user typed: rebase on it and save again.
        const server = await api
          .get('/api/orgs/:orgId/use-cases/:useCaseId', { params: { orgId, useCaseId: useCase.id } })
          .catch(() => null);
        if (server && JSON.stringify(server.document) === saved.current) {
          revision.current = server.revision;
          return saveNow();
        }
        halted.current = true;
        conflict = true;
      }
      setState(conflict ? 'conflict' : 'error');
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [orgId, useCase.id]);

  /** Saves what is pending now and resolves when every save so far has finished. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(saveNow);
    return chain.current;
  }, [saveNow]);

  const update = useCallback(
    (next: UseCase) => {
      latest.current = next;
      setDoc(next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  // Warn before leaving with unsaved changes; save what is pending when the page is left.
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

  return { doc, update, state, error, flush };
}
