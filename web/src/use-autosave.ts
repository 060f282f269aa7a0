import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { ApiError, api, type StoredUseCase } from './api.ts';
import { useSaveUseCase } from './use-case-query.ts';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** The flushes of every editor on the page; `flushAllEdits` runs them before a route change. */
const editors = new Set<() => Promise<boolean>>();

/**
 * Saves what every editor on the page still holds and resolves true when all of it is stored
 * (false when a save failed or conflicts: the editor shows why, and the caller should stay).
 * Links that leave a page call this first, so no route change loses an edit.
 */
export async function flushAllEdits(): Promise<boolean> {
  const results = await Promise.all([...editors].map((flush) => flush()));
  return results.every(Boolean);
}

/**
 * When an editor's saves run: `schedule()` saves shortly after the last call, `flush()` saves now;
 * saves run one after another (a chain, never two at once). While enabled, the editor is known to
 * `flushAllEdits`, the tab warns before closing with unsaved changes, and what is pending is saved
 * when the editor goes away. `flush` resolves true when nothing is left unsaved.
 */
export function useSaveScheduler(
  saveNow: () => Promise<void>,
  isClean: () => boolean,
  options: { delayMs: number; isEnabled?: boolean },
) {
  const { delayMs, isEnabled = true } = options;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(saveNow);
    return chain.current.then(isClean);
  }, [saveNow, isClean]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  useEffect(() => {
    if (!isEnabled) return;
    editors.add(flush);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!isClean()) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      editors.delete(flush);
      window.removeEventListener('beforeunload', beforeUnload);
      void flush();
    };
  }, [flush, isClean, isEnabled]);

  return { flush, schedule };
}

/**
 * Edits a use-case document locally and saves it shortly after the user stops typing. Saves run
 * one after another (a chain, never two at once) and carry the revision they were based on, so a
 * concurrent edit elsewhere ends in a visible conflict instead of a silent overwrite. A newer
 * version from elsewhere (a restore, a status change) is taken over while nothing is pending.
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
  const halted = useRef(false);
  const inFlight = useRef(false);
  const isClean = useCallback(() => JSON.stringify(latest.current) === saved.current, []);

  // The cached use case moved on without us (restored, another tab's save arrived): show it,
  // unless the user has typed something that is not saved yet.
  useEffect(() => {
    if (useCase.revision > revision.current && !inFlight.current && isClean()) {
      revision.current = useCase.revision;
      latest.current = useCase.document;
      saved.current = JSON.stringify(useCase.document);
      setDoc(useCase.document);
    }
  }, [useCase.revision, useCase.document, isClean]);

  const saveNow = useCallback(async (): Promise<void> => {
    const body = JSON.stringify(latest.current);
    if (halted.current) return;
    if (body === saved.current) {
      // Typed back to what is stored: nothing to send, and nothing pending.
      setState((s) => (s === 'pending' ? 'saved' : s));
      return;
    }
    setState('saving');
    inFlight.current = true;
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
    } finally {
      inFlight.current = false;
    }
  }, [orgId, useCase.id]);

  const { flush, schedule } = useSaveScheduler(saveNow, isClean, { delayMs });

  const update = useCallback(
    (next: UseCase) => {
      latest.current = next;
      setDoc(next);
      setState('pending');
      schedule();
    },
    [schedule],
  );

  return { doc, update, state, error, flush };
}
